import { app, Notification, session } from 'electron';
import electronUpdater from 'electron-updater';
import { PRODUCT_NAME } from '../shared/domain/product';
import { updateRequestAllowed } from './shell/update-feed-origin';
import { decideUpdate, isPerMachineInstall, perMachineNotice, updaterVerifiesSignature } from './shell/update-policy';

/**
 * Wires electron-updater to the pure policy (shell/update-policy.ts). The feed is the
 * intranet URL from the machine config (updates.url); without it nothing is checked.
 * Update signatures are verified by electron-updater against the publisher names
 * baked in at build time (electron-builder.yml, verifyUpdateCodeSignature).
 */
export interface UpdateCheckOptions {
  /** updates.url from the machine configuration. */
  readonly feedUrl: string | undefined;
  /** Actions waiting in the outbox right now (0 when unknown). */
  readonly outboxWaiting?: () => number;
  /** How often to look again, in ms (default 4 hours). */
  readonly intervalMs?: number;
}

// The outbox is SQLite with synchronous=FULL, and rows caught in flight are resent with
// the same idempotency key at start-up (sync-engine start → drain.recover()), so a
// restart for an update never loses or duplicates an action.
const OUTBOX_PERSISTED = true;

/** Starts background checks; returns a function that stops them. */
export function startUpdateChecks(options: UpdateCheckOptions): () => void {
  const { autoUpdater } = electronUpdater;
  const feedConfigured = Boolean(options.feedUrl) && app.isPackaged;
  const perMachine = isPerMachineInstall(process.platform, process.execPath, process.env);
  if (!feedConfigured || !options.feedUrl) return () => undefined;

  // electron-updater fetches through its own session; every hop (redirects included) passes here.
  const feedUrl = options.feedUrl;
  session.fromPartition('electron-updater', { cache: false }).webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !updateRequestAllowed(feedUrl, details.url) });
  });
  autoUpdater.setFeedURL({ provider: 'generic', url: feedUrl });
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;

  let notified: string | null = null;
  const onAvailable = (info: { version: string }): void => {
    const decision = decideUpdate({
      feedConfigured,
      perMachine,
      updateAvailable: true,
      outboxWaiting: options.outboxWaiting?.() ?? 0,
      outboxPersisted: OUTBOX_PERSISTED,
      signatureVerified: updaterVerifiesSignature(process.platform),
    });
    if (decision.action === 'notify' && notified !== info.version) {
      notified = info.version;
      const notice = perMachineNotice(info.version);
      if (Notification.isSupported()) new Notification({ title: PRODUCT_NAME, body: `${notice.vi}\n${notice.en}` }).show();
    }
    if (decision.action === 'install') {
      // Installs when the officer quits the app, never in the middle of work.
      autoUpdater.autoInstallOnAppQuit = true;
      void autoUpdater.downloadUpdate().catch(() => undefined);
    }
  };
  const check = (): void => void autoUpdater.checkForUpdates().catch(() => undefined);

  autoUpdater.on('update-available', onAvailable);
  // An unreachable intranet feed is normal at a counter; it must never crash the app.
  autoUpdater.on('error', () => undefined);
  check();
  const timer = setInterval(check, options.intervalMs ?? 4 * 60 * 60_000);
  timer.unref();
  return () => {
    clearInterval(timer);
    autoUpdater.off('update-available', onAvailable);
  };
}
