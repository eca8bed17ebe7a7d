import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, powerMonitor, session } from 'electron';
import { createCore, type Core } from './core/core';
import { hardenSession, hardenWebContents } from './hardening';
import { forwardCoreEvents, registerIpc } from './ipc';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { safeStorageKeyProvider } from './safe-storage-key';
import { startUpdateChecks } from './updater';
import { closePrompt } from './shell/close-prompt';
import { describeStartupError } from './shell/startup-error';
import { storageProgressWindow } from './storage-progress-window';
import { prepareDeskStorage } from './core/keys/prepare-desk-storage';
import { refusedSwitchDialog, refusedSwitches } from './shell/launch-switches';
import { machineConfigPath } from './core/config/paths';
import { createMainWindow, focusWindow } from './windows';
import { electronExportTarget } from './export-dialog';

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/.
const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = join(here, '../preload/index.cjs');
const RENDERER_ROOT = join(here, '../renderer');

let core: Core | null = null;
/** The officer's language for native dialogs, kept in step with prefs.changed. */
let uiLanguage: 'vi' | 'en' = 'vi';
let mainWindow: BrowserWindow | null = null;
const teardown: (() => void)[] = [];

/** Opens the core, or explains in a native dialog why it cannot, then quits. */
function startCore(): Core | null {
  try {
    // The database key lives only wrapped by the OS keystore (safeStorage), never in clear.
    return createCore({
      // Packaged: the machine policy IT set, whatever this user's environment says.
      configPath: machineConfigPath(process.platform, process.env, { honourOverrides: !app.isPackaged }),
      dataRoot: app.getPath('userData'),
      version: app.getVersion(),
      keyProvider: safeStorageKeyProvider(app.getPath('userData')),
      // Exports go where the supervisor chooses in a save dialog, never into userData.
      exportTarget: electronExportTarget(() => mainWindow, () => uiLanguage),
      ...(app.isPackaged ? { fontDir: join(process.resourcesPath, 'fonts') } : {}),
    });
  } catch (error) {
    const { title, message, detail } = describeStartupError(error);
    dialog.showMessageBoxSync({ type: 'error', title, message, detail, buttons: ['OK'] });
    return null;
  }
}

/** Asks before closing while actions wait (they stay queued either way). */
function confirmCloseWhileWaiting(win: BrowserWindow): void {
  let confirmed = false;
  win.on('close', (event) => {
    const running = core;
    if (confirmed || !running) return;
    event.preventDefault();
    void Promise.all([running.dispatch('sync.status', {}, { trusted: true }), running.dispatch('prefs.get', {}, { trusted: true })]).then(
      ([status, prefs]) => {
        const waiting = status.ok ? (status.value as { waiting: number }).waiting : 0;
        const language = prefs.ok && (prefs.value as { language: string }).language === 'en' ? 'en' : 'vi';
        const prompt = closePrompt(waiting, language);
        if (prompt) {
          const choice = dialog.showMessageBoxSync(win, { type: 'question', defaultId: 1, cancelId: 1, ...prompt });
          if (choice !== 0) return;
        }
        confirmed = true;
        win.close();
      },
    );
  });
}

function openWindow(): void {
  mainWindow = createMainWindow(PRELOAD_PATH, app.isPackaged);
  confirmCloseWhileWaiting(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/**
 * Re-encrypts a database an older build wrote (or does nothing) while a progress window
 * shows; returns its closer, called once the desk window is open (closing it first would
 * leave no window, and the app quits with its last window).
 */
async function prepareStorage(): Promise<() => void> {
  const progress = storageProgressWindow(PRELOAD_PATH, app.isPackaged);
  try {
    await prepareDeskStorage({ dataRoot: app.getPath('userData'), keyProvider: safeStorageKeyProvider(app.getPath('userData')) }, progress.report);
  } catch (error) {
    // The core's own open meets the same problem and explains it (startCore's dialog).
    console.error(error);
  }
  return progress.close;
}

async function onReady(): Promise<void> {
  hardenSession(session.defaultSession);
  serveAppProtocol(RENDERER_ROOT);
  const closeProgress = await prepareStorage();
  core = startCore();
  if (!core) {
    app.exit(1);
    return;
  }
  void core.call('prefs.get', {}).then((prefs) => {
    if (prefs.ok) uiLanguage = prefs.value.language;
  });
  core.events.onAny((name, payload) => {
    if (name === 'prefs.changed') uiLanguage = (payload as { language: 'vi' | 'en' }).language;
  });
  // A config-invalid core still answers app.status, so the window opens and the
  // renderer shows which keys are wrong.
  teardown.push(registerIpc(core), forwardCoreEvents(core, () => mainWindow?.webContents ?? null));
  // Shared counter PCs: the desk locks with the OS and on suspend; the outbox keeps draining.
  const lockOnOs = () => core?.lockNow('os-lock');
  const lockOnSuspend = () => core?.lockNow('suspend');
  powerMonitor.on('lock-screen', lockOnOs);
  powerMonitor.on('suspend', lockOnSuspend);
  teardown.push(() => {
    powerMonitor.off('lock-screen', lockOnOs);
    powerMonitor.off('suspend', lockOnSuspend);
  });
  if (core.state === 'ready') {
    const running = core;
    teardown.push(startUpdateChecks({ feedUrl: running.config.updates.url, outboxWaiting: () => running.sync()?.status().waiting ?? 0 }));
  }
  openWindow();
  closeProgress();
  // Connect to the portal (the training simulator by default) without holding up the window.
  const started = core;
  void started.start().catch((error: unknown) => started.logger.error({ err: error }, 'portal connection failed to start'));
}

/** Stops IPC and closes the database exactly once, then lets the app exit. */
async function shutdown(): Promise<void> {
  for (const undo of teardown.splice(0)) undo();
  const closing = core;
  core = null;
  await closing?.close();
}

function main(): void {
  const refused = app.isPackaged ? refusedSwitches(process.argv) : [];
  if (refused.length > 0) {
    const { title, message, detail } = refusedSwitchDialog(refused);
    dialog.showErrorBox(title, `${message}\n\n${detail}`);
    app.exit(1);
    return;
  }
  // One instance per user: a second launch only focuses the first window, so the
  // database is never opened twice.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  app.enableSandbox();
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, app.isPackaged));
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  let quitting = false;
  app.on('will-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    void shutdown().finally(() => app.quit());
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
    const { title, message, detail } = describeStartupError(error);
    dialog.showErrorBox(title, `${message}\n\n${detail}`);
    app.exit(1);
  });
}

main();
