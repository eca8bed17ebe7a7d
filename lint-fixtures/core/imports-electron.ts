import { BrowserWindow } from 'electron';
export const w = BrowserWindow;
