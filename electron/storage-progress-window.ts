import { BrowserWindow } from 'electron';
import { eventChannel, events } from '../shared/contract';
import type { StorageProgress } from '../shared/contract/storage';
import { APP_START_URL } from './shell/app-origin';
import { createWindowOptions } from './shell/window-options';

/**
 * A window opened only when start-up storage work reports progress (nothing to do: no
 * window). It loads the renderer's progress screen and receives storage.progress events.
 */
export function storageProgressWindow(preloadPath: string, isPackaged: boolean): { readonly report: (progress: StorageProgress) => void; readonly close: () => void } {
  let window: BrowserWindow | null = null;
  let loaded = false;
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
        window.webContents.once('did-finish-load', () => {
          loaded = true;
          send();
        });
        void window.loadURL(`${APP_START_URL}#storage-progress`);
      }
      send();
    },
    close: () => {
      if (window && !window.isDestroyed()) window.close();
      window = null;
    },
  };
}
