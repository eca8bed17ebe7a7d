import type { SyncStatus, SyncStream } from '../../../shared/contract/sync';
import type { CounterActionKind } from '../../../shared/domain/action-kinds';
import type { LocalizedText } from '../../../shared/validation';
import type { CitizenStore } from '../db/cache/citizen-store';
import type { DossierStore } from '../db/cache/dossier-store';
import type { SyncStateStore } from '../db/cache/sync-state';
import type { Db } from '../db/connection';
import type { OutboxRepo } from '../db/outbox/outbox-repo';
import type { Logger } from '../log/logger';
import type { PortalError, PortalResult } from '../portal/errors';
import type { Page, PullQuery } from '../../../shared/portal/results';
import type { PortalClient } from '../portal/portal-client';
import { createConnectivity } from './connectivity';
import { outboxStatus } from './outbox-status';
import type { DrainReport, OutboxDrain } from './outbox-drain';
import type { TokenProvider } from './portal-action-sender';
import { pullStream, type PullProgress, type StreamWriter } from './pull';
import { DEFAULT_PULL_CADENCE, nextPullDelayMs, type PullCadence } from './pull-schedule';

export interface SyncEngineDeps {
  readonly db: Db;
  readonly client: PortalClient;
  readonly tokenFor: TokenProvider;
  /** Whose portal session pulls the cache (the signed-in officer), or null. */
  readonly puller: () => string | null;
  readonly outbox: OutboxRepo;
  readonly drain: OutboxDrain;
  readonly dossiers: DossierStore;
  readonly citizens: CitizenStore;
  readonly syncState: SyncStateStore;
  readonly now: () => Date;
  readonly logger: Logger;
  readonly training: boolean;
  readonly onStatus: (status: SyncStatus) => void;
  readonly onDataChanged: () => void;
  /** A fixed wait between pulls (tests, benchmarks); otherwise `pullCadence` decides by office hours. */
  readonly pullIntervalMs?: number;
  readonly pullCadence?: PullCadence;
  readonly pageSize?: number;
  readonly afterPage?: (pages: number) => void;
  /** After each pull and each delivery round that reached the portal: deposit the audit chain head and keep the receipt. */
  readonly afterSync?: (token: string, officerId: string) => Promise<unknown>;
}

export interface SyncReport {
  readonly pulled: { dossiers: number; citizens: number } | null;
  readonly pullError: PortalError | null;
  readonly drain: DrainReport;
  readonly remaining: number;
}

const isOffline = (e: PortalError) => e.kind === 'offline' || e.kind === 'timeout';

/**
 * Keeps the cache fresh and the outbox flowing: a pull on a schedule and on demand,
 * a drain after every enqueue, at the earliest retry time and the moment the portal
 * comes back. Lookups never wait for any of it.
 */
export function createSyncEngine(deps: SyncEngineDeps) {
  // That max reads every delivered row: read once, then kept current from the drain's own reports.
  let lastDeliveryAt: string | null | undefined;
  const lastDeliveryNow = (): string | null => (lastDeliveryAt ??= deps.outbox.lastDeliveredAt());
  let pulling: PullProgress | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let pullTimer: NodeJS.Timeout | null = null;
  let pullRun: Promise<SyncReport['pulled']> | null = null;
  let lastPullError: PortalError | null = null;
  // Once stopped, nothing may schedule work on the (soon closed) database again.
  let stopped = false;

  const status = (): SyncStatus => ({
    online: connectivity.state.online,
    offlineSince: connectivity.state.offlineSince,
    ...outboxStatus(deps.outbox),
    lastSyncAt: deps.syncState.refreshedAt(),
    lastDeliveryAt: lastDeliveryNow(),
    pulling,
    training: deps.training,
  });
  const publish = () => deps.onStatus(status());
  // Many enqueues in a row publish one status, after them, not one each on the caller's path.
  let publishQueued = false;
  const publishSoon = () => {
    if (publishQueued) return;
    publishQueued = true;
    setImmediate(() => {
      publishQueued = false;
      if (!stopped) publish();
    });
  };

  const connectivity = createConnectivity({
    probe: async () => (await deps.client.getHealth()).ok,
    now: deps.now,
    onChange: publish,
    onBack: () => {
      // The portal answers again: what waits goes now, not when a back-off or an outage's
      // Retry-After would have let it (the next try shown to the officer was only an estimate).
      if (!stopped) deps.outbox.sendWaitingNow();
      void drainNow();
      void pullNow();
    },
  });

  function scheduleRetry(): void {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    if (stopped) return;
    const at = deps.outbox.earliestRetry();
    if (!at) return;
    const delay = Math.max(50, Date.parse(at) - deps.now().getTime());
    retryTimer = setTimeout(() => void drainNow(), Math.min(delay, 2 ** 31 - 1));
    retryTimer.unref();
  }

  const idle: DrainReport = { delivered: 0, retried: 0, conflicts: 0, rejected: 0, offline: false, lastDeliveredAt: null };

  async function depositAfterRound(): Promise<void> {
    const officer = deps.puller();
    const token = officer && deps.afterSync ? await deps.tokenFor(officer) : null;
    if (officer && token) await deps.afterSync?.(token, officer).catch((error: unknown) => deps.logger.warn({ err: error }, 'after-delivery step failed'));
  }

  async function drainNow(): Promise<DrainReport> {
    if (stopped) return idle;
    const report = await deps.drain.drain();
    if (stopped) return report;
    const before = lastDeliveryNow();
    if (report.lastDeliveredAt && (before === null || report.lastDeliveredAt > before)) lastDeliveryAt = report.lastDeliveredAt;
    if (report.offline) connectivity.reportOffline();
    else if (report.delivered > 0) connectivity.reportOnline();
    if (report.delivered + report.conflicts + report.rejected > 0) {
      deps.onDataChanged();
      // The round grew the audit chain (delivered, conflict, rejected rows): the portal witnesses it now.
      await depositAfterRound();
    }
    scheduleRetry();
    publish();
    return report;
  }

  async function pullOnce(): Promise<SyncReport['pulled']> {
    const officer = deps.puller();
    const token = officer ? await deps.tokenFor(officer) : null;
    if (!token) return null;
    const run = <T>(
      stream: SyncStream,
      fetchPage: (query: PullQuery) => Promise<PortalResult<Page<T>>>,
      writer: StreamWriter<T>,
    ) =>
      pullStream<T>({
        db: deps.db,
        stream,
        state: deps.syncState,
        fetchPage,
        writer,
        now: deps.now,
        pageSize: deps.pageSize,
        afterPage: deps.afterPage,
        onProgress: (p) => {
          pulling = p;
          publish();
        },
      });
    try {
      const citizens = await run('citizens', (q) => deps.client.pullCitizens(token, q), deps.citizens);
      const dossiers = citizens.ok ? await run('dossiers', (q) => deps.client.pullDossiers(token, q), deps.dossiers) : citizens;
      const failed = !citizens.ok ? citizens : !dossiers.ok ? dossiers : null;
      lastPullError = failed && !failed.ok ? failed.error : null;
      if (lastPullError && isOffline(lastPullError)) connectivity.reportOffline();
      else if (!lastPullError) connectivity.reportOnline();
      if (citizens.rows + dossiers.rows > 0) deps.onDataChanged();
      if (!lastPullError && officer) await deps.afterSync?.(token, officer).catch((error: unknown) => deps.logger.warn({ err: error }, 'after-sync step failed'));
      return { dossiers: dossiers.rows, citizens: citizens.rows };
    } finally {
      pulling = null;
      publish();
    }
  }

  // Each pull schedules the next, so the cadence follows the office clock (every minute while open).
  function schedulePull(): void {
    if (stopped) return;
    const delay = deps.pullIntervalMs ?? nextPullDelayMs(deps.now().getTime(), deps.pullCadence ?? DEFAULT_PULL_CADENCE);
    pullTimer = setTimeout(() => void pullNow().finally(schedulePull), delay);
    pullTimer.unref();
  }

  function pullNow(): Promise<SyncReport['pulled']> {
    if (stopped) return Promise.resolve(null);
    pullRun ??= pullOnce().finally(() => {
      pullRun = null;
    });
    return pullRun;
  }

  return {
    status,
    /** Start-up: resend rows caught in flight, check the portal, then keep things moving. */
    start(): void {
      const recovered = deps.drain.recover();
      if (recovered > 0) deps.logger.info({ recovered }, 'in-flight actions found at start-up will be resent with the same key');
      void connectivity.check().then((online) => (online ? Promise.all([pullNow(), drainNow()]) : undefined));
      schedulePull();
    },
    /** After an enqueue: send as soon as possible, off the caller's stack. */
    nudge(): void {
      if (stopped) return;
      publishSoon();
      setImmediate(() => void drainNow());
    },
    drainNow,
    pullNow,
    /**
     * Online, on a dialect whose workflow decides per dossier (OpenCPS): why the portal would
     * refuse this action now, so it is refused before anything is queued. Offline, without a
     * token or on any failure of the check: null, and the check runs again at send.
     */
    async refusalOf(dossierCode: string, kind: CounterActionKind, officerId: string): Promise<LocalizedText | null> {
      if (stopped || !deps.client.refusalOf || !connectivity.state.online) return null;
      const token = await deps.tokenFor(officerId);
      if (!token) return null;
      const checked = await deps.client.refusalOf(token, dossierCode, kind);
      return checked.ok ? checked.value : null;
    },
    /** One pull and one drain (the CLI's `desk sync`). */
    async syncOnce(options: { pull: boolean; drain: boolean }): Promise<SyncReport> {
      const pulled = options.pull ? await pullNow() : null;
      const drain = options.drain ? await drainNow() : idle;
      const s = status();
      return { pulled, pullError: lastPullError, drain, remaining: s.waiting + s.conflicts + s.rejected };
    },
    async stop(): Promise<void> {
      stopped = true;
      connectivity.stop();
      if (retryTimer) clearTimeout(retryTimer);
      if (pullTimer) clearTimeout(pullTimer);
      await Promise.allSettled([pullRun, deps.drain.busy ? deps.drain.drain() : null]);
    },
  };
}
export type SyncEngine = ReturnType<typeof createSyncEngine>;
