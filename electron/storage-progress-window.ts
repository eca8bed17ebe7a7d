import { BrowserWindow } from 'electron';
import { eventChannel, events } from '../shared/contract';
import type { ReportStorageProgress, StorageProgress } from '../shared/contract/storage';
import { APP_START_URL } from './shell/app-origin';
import { createWindowOptions } from './shell/window-options';

/**
 * A window opened only when start-up storage work reports progress (nothing to do: no
 * window). It loads the renderer's progress screen and receives storage.progress events.
 * A report resolves once the screen has loaded, so a long blocking step starts only after
 * the officer can see that it runs.
 */
export function storageProgressWindow(preloadPath: string, isPackaged: boolean): { readonly report: ReportStorageProgress; readonly close: () => void } {
  let window: BrowserWindow | null = null;
  let loaded = false;
  let shown: Promise<void> = Promise.resolve();
  let latest: StorageProgress | null = null;
  const send = () => {
    if (window && loaded && latest && !window.isDestroyed()) window.webContents.send(eventChannel('storage.progress'), events['storage.progress'].parse(latest));
  };
  return {
    report: (progress) => {
      latest = progress;
      if (!window) {
        window = new BrowserWindow(createWindowOptions({ preloadPath, isPackaged }));
        window.once('ready-to-show', () => window?.show());
        const opened = window;
        shown = new Promise<void>((resolve) => {
          opened.webContents.once('did-finish-load', () => {
            loaded = true;
            send();
            resolve();
          });
          // A screen that cannot load must not hold up the desk.
          opened.webContents.once('did-fail-load', () => resolve());
          opened.once('closed', () => resolve());
        });
        void window.loadURL(`${APP_START_URL}#storage-progress`);
      }
      send();
      return shown;
    },
    close: () => {
      if (window && !window.isDestroyed()) window.close();
      window = null;
    },
  };
}
