import { ipcRenderer } from 'electron';
export const i = ipcRenderer;
