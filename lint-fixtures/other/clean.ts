import { createServer } from 'node:http';
export const s = createServer;
