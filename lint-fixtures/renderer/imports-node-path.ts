import { join } from 'node:path';
export const j = join;
