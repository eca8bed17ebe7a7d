import { PRODUCT_NAME } from '../../shared/domain/product';

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
  /** The primary display's work area (screen minus taskbar): the window never opens taller or wider. */
  readonly workArea?: { readonly width: number; readonly height: number };
}

/** DevTools are a developer aid; an installed counter PC never opens them. */
export const devToolsAllowed = (isPackaged: boolean): boolean => !isPackaged;

// Readable at arm's length on a 1366x768 counter screen; the window is shown only once
// painted (ready-to-show) so the officer never sees a blank white flash.
const DEFAULT_SIZE = { width: 1280, height: 800, minWidth: 1024, minHeight: 640 } as const;
export const WINDOW_BACKGROUND = '#ffffff';

/** The default size, shrunk to fit the work area (a 1366x768 screen leaves about 1366x728 above its taskbar). */
export function fitToWorkArea(workArea: WindowOptionsInput['workArea']) {
  if (!workArea) return DEFAULT_SIZE;
  const width = Math.min(DEFAULT_SIZE.width, workArea.width);
  const height = Math.min(DEFAULT_SIZE.height, workArea.height);
  return { width, height, minWidth: Math.min(DEFAULT_SIZE.minWidth, width), minHeight: Math.min(DEFAULT_SIZE.minHeight, height) };
}

/** The one window configuration: every item of Electron's security checklist that applies. */
export function createWindowOptions({ preloadPath, isPackaged, workArea }: WindowOptionsInput): MainWindowOptions {
  if (!preloadPath) throw new Error('The preload path is required.');
  return {
    title: PRODUCT_NAME,
    ...fitToWorkArea(workArea),
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
