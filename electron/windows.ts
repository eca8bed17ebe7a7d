import { BrowserWindow, screen } from 'electron';
import { APP_START_URL } from './shell/app-origin';
import { createWindowOptions } from './shell/window-options';

/**
 * The one desk window: hardened options, fitted to the work area and opened maximised
 * (the counter works full-screen), shown only once painted, loading the app from
 * app://desk. Hardening of its webContents happens in `web-contents-created`.
 */
export function createMainWindow(preloadPath: string, isPackaged: boolean): BrowserWindow {
  const { workArea } = screen.getPrimaryDisplay();
  const window = new BrowserWindow(createWindowOptions({ preloadPath, isPackaged, workArea }));
  window.once('ready-to-show', () => {
    window.maximize();
    window.show();
  });
  void window.loadURL(APP_START_URL);
  return window;
}

/** Brings an existing window to the front (a second launch lands here). */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
