import { app } from 'electron';
export const a = app;
