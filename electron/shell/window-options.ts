import { PRODUCT_NAME } from './product';

/** The BrowserWindow options the shell sets, as plain values (no 'electron' import here). */
export interface MainWindowOptions {
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly backgroundColor: string;
  readonly show: boolean;
  readonly autoHideMenuBar: boolean;
  readonly webPreferences: {
    readonly preload: string;
    readonly contextIsolation: true;
    readonly sandbox: true;
    readonly nodeIntegration: false;
    readonly nodeIntegrationInWorker: false;
    readonly nodeIntegrationInSubFrames: false;
    readonly webSecurity: true;
    readonly allowRunningInsecureContent: false;
    readonly webviewTag: false;
    readonly experimentalFeatures: false;
    readonly navigateOnDragDrop: false;
    readonly safeDialogs: true;
    readonly spellcheck: false;
    readonly devTools: boolean;
  };
}

export interface WindowOptionsInput {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  readonly preloadPath: string;
  /** app.isPackaged: installed builds never offer DevTools. */
  readonly isPackaged: boolean;
}

/** DevTools are a developer aid; an installed counter PC never opens them. */
export const devToolsAllowed = (isPackaged: boolean): boolean => !isPackaged;

// Readable at arm's length on a 1366x768 counter screen; the window is shown only once
// painted (ready-to-show) so the officer never sees a blank white flash.
const DEFAULT_SIZE = { width: 1280, height: 800, minWidth: 1024, minHeight: 640 } as const;
export const WINDOW_BACKGROUND = '#ffffff';

/** The one window configuration: every item of Electron's security checklist that applies. */
export function createWindowOptions({ preloadPath, isPackaged }: WindowOptionsInput): MainWindowOptions {
  if (!preloadPath) throw new Error('The preload path is required.');
  return {
    title: PRODUCT_NAME,
    ...DEFAULT_SIZE,
    backgroundColor: WINDOW_BACKGROUND,
    show: false,
    autoHideMenuBar: isPackaged,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: devToolsAllowed(isPackaged),
    },
  };
}
