import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fail, type AppStatus, type calls, type Session } from '../../shared/contract';
import type { SyncStatus } from '../../shared/contract/sync';
import type { UnconfirmedAction } from '../../shared/contract/lookup';
import { createDispatcher, type Dispatch } from './api/dispatch';
import type { Handlers } from './services/handlers';
import { loadMachineConfig } from './config/load';
import { defaultDataRoot, machineConfigPath } from './config/paths';
import { portalOriginOf } from './config/portal-origin';
import type { MachineConfig } from './config/schema';
import { latestVersion, migrate } from './db/migrate';
import { migrations } from './db/migrations';
import { CoreEvents } from './events';
import { createLocalStore, deviceIdOf, type LocalStore } from './local-store';
import { createLogger, silentLogger, type Logger } from './log/logger';
import { connectPortal, type PortalConnection } from './portal-connection';
import { actionHandlers } from './services/actions/action-handlers';
import { createActionService, type ActionService } from './services/actions/action-service';
import { createDeliveryHooks } from './services/actions/delivery-hooks';
import { createQueueService } from './services/actions/queue-service';
import { createAppService } from './services/app-service';
import { authHandlers } from './auth/auth-handlers';
import { createCredentialStore } from './auth/credential-store';
import { guardLocked } from './api/lock-guard';
import { createSessionManager, type LockReason } from './auth/session-manager';
import { createSignInService } from './auth/sign-in-service';
import { auditDatabaseEncryption } from './keys/encryption-audit';
import { openEncryptedDatabase } from './keys/encrypted-database';
import { fileKeyProvider } from './keys/file-key-provider';
import type { KeyProvider } from './keys/key-provider';
import { KEY_FILE } from './keys/tool-database';
import { createRevealService, privacyHandlers } from './privacy/reveal';
import { purgeStaleCitizens } from './privacy/purge';
import { sendAuditHead } from './audit/receipts';
import { verifyAuditChainForExport } from './services/export/audit-verify';
import { createExportService } from './services/export/export-service';
import { portalHandlingLogSource } from './services/supervisor/handling-log-source';
import { supervisorHandlers } from './services/supervisor/supervisor-handlers';
import { createSupervisorService } from './services/supervisor/supervisor-service';
import { createLookupService, lookupHandlers, type LookupService } from './services/lookup/lookup-service';
import { failpointsFromEnv } from './failpoints';
import { NO_TRAINING_IN_THIS_BUILD } from './config/training-build';
import { TRAINING_BUILT_IN } from './training-simulator';
import { createOutboxDrain } from './sync/outbox-drain';
import { outboxStatus } from './sync/outbox-status';
import { createPortalActionSender } from './sync/portal-action-sender';
import { createSyncEngine, type SyncEngine } from './sync/sync-engine';

export const OFFICE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const PRODUCT_NAME = 'OneStop Desk';

export interface CoreOptions {
  /** Root of the per-user data folder; the mode's own subfolder is created below it. */
  readonly dataRoot?: string;
  readonly configPath?: string;
  readonly version?: string;
  /** Write logs to the data folder (the app and CLI do; unit tests may not). */
  readonly logToFile?: boolean;
  /** The clock; tests pin it to an office day. */
  readonly now?: () => Date;
  /** Talk to this portal instead of the configured one (tests bring their own simulator). */
  readonly portalUrl?: string;
  /** Where the database key comes from: safeStorage in the app, a key file for Node tools and tests. */
  readonly keyProvider?: KeyProvider;
  /** Vietnamese-capable fonts for PDF exports (the packaged app passes its resources folder). */
  readonly fontDir?: string;
  /** Training mode signs the first training officer in at start; tests of sign-in turn it off. */
  readonly trainingAutoSignIn?: boolean;
  /** Sync tuning for tests and benchmarks. */
  readonly sync?: {
    readonly pageSize?: number;
    readonly pullIntervalMs?: number;
    readonly concurrency?: number;
    readonly backoff?: { baseMs: number; capMs: number };
    /** Called after each committed pull page (crash tests kill the process here). */
    readonly afterPage?: (pages: number) => void;
  };
}

export interface Core {
  readonly status: AppStatus;
  readonly config: MachineConfig | null;
  readonly dataDir: string | null;
  readonly dispatch: Dispatch;
  readonly events: CoreEvents;
  readonly logger: Logger;
  readonly schemaVersion: number;
  /** Present once the core is ready (null with an invalid config). */
  readonly store: LocalStore | null;
  readonly lookup: LookupService | null;
  readonly actions: ActionService | null;
  /** Connects to the portal (starting the training simulator if needed) and starts syncing. */
  start(options?: { background?: boolean }): Promise<void>;
  readonly sync: () => SyncEngine | null;
  readonly portal: () => PortalConnection | null;
  /** OS lock or suspend (wired to Electron's powerMonitor in main.ts). */
  lockNow(reason: LockReason): void;
  close(): Promise<void>;
}

/** Training mode opens signed in as the first training officer (any training account can sign in instead). */
const TRAINING_SESSION: Session = { officerId: 'canbo01', displayName: 'Nguyễn Thị Hồng Nhung', roles: ['officer'] };

function refusingCore(configPath: string, status: Extract<AppStatus, { state: 'config-invalid' }>): Core {
  const refuse: Dispatch = (name) =>
    Promise.resolve(
      name === 'app.status'
        ? { ok: true, value: status }
        : fail('CONFIG_INVALID', 'The machine configuration is invalid; ask IT to correct it.', { configPath }),
    );
  return {
    status, config: null, dataDir: null, dispatch: refuse, events: new CoreEvents(), logger: silentLogger(), schemaVersion: 0,
    store: null, lookup: null, actions: null,
    start: () => Promise.resolve(), sync: () => null, portal: () => null,
    lockNow: () => undefined, close: () => Promise.resolve(),
  };
}

export function createCore(options: CoreOptions = {}): Core {
  const configPath = options.configPath ?? machineConfigPath();
  const loaded = loadMachineConfig(configPath);
  // The app must still open and explain a bad config, so the core stays up refusing calls.
  if (!loaded.ok) return refusingCore(configPath, { state: 'config-invalid', configPath, issues: loaded.issues });
  if (loaded.config.mode === 'training' && !TRAINING_BUILT_IN) return refusingCore(configPath, { state: 'config-invalid', configPath, issues: [NO_TRAINING_IN_THIS_BUILD] });

  const config = loaded.config;
  const portalOrigin = portalOriginOf(config, options.portalUrl);
  const now = options.now ?? (() => new Date());
  const events = new CoreEvents();
  const dataDir = join(options.dataRoot ?? defaultDataRoot(), config.mode);
  mkdirSync(dataDir, { recursive: true });
  const logs = options.logToFile === false ? null : createLogger({ dir: join(dataDir, 'logs') });
  const logger = logs?.logger ?? silentLogger();
  const databasePath = join(dataDir, 'desk.sqlite');
  const keys = options.keyProvider ?? fileKeyProvider(join(dataDir, KEY_FILE));
  const opened = openEncryptedDatabase(databasePath, keys, { adoptPlaintext: config.storage.adoptPlaintextDatabase });
  const db = opened.db;
  let schemaVersion: number;
  try {
    schemaVersion = migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  const store = createLocalStore(db, now);
  auditDatabaseEncryption(store.audit, opened, keys.describe().backend);
  let portal: PortalConnection | null = null;
  let purgeTimer: NodeJS.Timeout | null = null;
  const sessions = createSessionManager({
    now,
    lockAfterMinutes: config.session.lockAfterMinutes,
    record: (entry) => store.audit.append(entry),
    onChange: (state) => events.emit('session.changed', state),
  });
  if (config.mode === 'training' && options.trainingAutoSignIn !== false) {
    sessions.start({ session: TRAINING_SESSION, login: TRAINING_SESSION.officerId, verifiedBy: 'portal', portalToken: null });
  }
  const signIn = createSignInService({
    db, audit: store.audit, credentials: createCredentialStore(db), sessions, now,
    offlineSignInDays: config.session.offlineSignInDays, portalOrigin,
    portal: {
      login: (user, password) =>
        portal
          ? portal.client.login(user, password)
          : Promise.resolve({ ok: false, error: { kind: 'offline', message: 'portal not connected yet', cause: null } }),
    },
    rememberToken: (officerId, token, expiresAt) => portal?.remember(officerId, token, expiresAt),
  });
  let engine: SyncEngine | null = null;

  const lookup = createLookupService({
    ...store,
    now,
    pendingByCode: (codes) => store.outbox.openCounts(codes),
    pendingFor: (code) =>
      store.outbox.openForDossier(code).map((row) => ({
        seq: row.seq, kind: row.kind, state: row.state as UnconfirmedAction['state'], createdAt: row.created_at, officerId: row.officer_id,
      })),
  });
  const deviceId = deviceIdOf(store);
  const actions = createActionService({
    db, outbox: store.outbox, audit: store.audit, dossiers: store.dossiers, now,
    deviceId, agencyCode: config.agencyCode, portalOrigin,
    afterEnqueue: () => {
      events.emit('data.changed', { dossierCodes: [] });
      engine?.nudge();
    },
  });
  const queue = createQueueService({
    db, outbox: store.outbox, audit: store.audit, dossiers: store.dossiers, now, nudge: () => engine?.nudge(), portalOrigin,
  });
  // Before the portal connection starts: offline, but the outbox counts are real.
  const offlineStatus = (): SyncStatus => ({
    online: false, offlineSince: null, ...outboxStatus(store.outbox),
    lastSyncAt: store.syncState.refreshedAt(), lastDeliveryAt: null, pulling: null, training: config.mode === 'training',
  });

  const supervisor = createSupervisorService({
    db,
    now,
    source: () => {
      const connection = portal;
      const officerId = sessions.signedIn()?.officerId;
      return connection && officerId ? portalHandlingLogSource(connection.client, () => connection.tokenFor(officerId)) : null;
    },
  });
  const exportService = createExportService({
    db, supervisor, audit: store.audit, verifyAuditChain: verifyAuditChainForExport, now,
    exportDir: join(dataDir, 'exports'), unit: config.agencyCode,
    ...(options.fontDir ? { fontDir: options.fontDir } : {}),
  });

  const handlers: Handlers = {
    ...createAppService({
      info: {
        productName: PRODUCT_NAME,
        version: options.version ?? '0.0.0-dev',
        mode: config.mode,
        dataDir,
        portalUrl: options.portalUrl ?? config.portal.baseUrl ?? 'training simulator (in-process)',
        schemaVersion,
        officeTimeZone: OFFICE_TIME_ZONE,
      },
      prefs: store.prefs,
      events,
      diagnostics: { databasePath, logDir: join(dataDir, 'logs'), configPath, configSource: loaded.source },
    }),
    ...lookupHandlers(lookup),
    ...actionHandlers(actions, queue, () => engine, offlineStatus),
    ...authHandlers(signIn, sessions),
    ...privacyHandlers(createRevealService({ db, audit: store.audit, now })),
    ...supervisorHandlers(supervisor, exportService),
  } satisfies Record<keyof typeof calls, unknown>;

  async function start(): Promise<void> {
    if (portal) return;
    const connection = await connectPortal({ config, dataDir, now, ...(options.portalUrl ? { baseUrl: options.portalUrl } : {}) });
    portal = connection;
    const drain = createOutboxDrain({
      db, outbox: store.outbox, now, failpoint: failpointsFromEnv(), portalOrigin, logger,
      sender: createPortalActionSender(portal.client, portal.tokenFor),
      hooks: createDeliveryHooks(db, store.outbox, store.dossiers, store.audit),
      ...(options.sync?.concurrency ? { concurrency: options.sync.concurrency } : {}),
      ...(options.sync?.backoff ? { backoff: options.sync.backoff } : {}),
    });
    engine = createSyncEngine({
      // The signed-in officer pulls even while the screen is locked: the desk keeps syncing.
      db, client: portal.client, tokenFor: portal.tokenFor, puller: () => sessions.signedIn()?.officerId ?? null,
      outbox: store.outbox, drain, dossiers: store.dossiers, citizens: store.citizens, syncState: store.syncState,
      now, logger, training: config.mode === 'training',
      onStatus: (status) => events.emit('sync.status', status),
      onDataChanged: () => events.emit('data.changed', { dossierCodes: [] }),
      // The audit chain head travels with each sync; the portal's receipt is kept (desk audit verify).
      afterSync: (token, officerId) =>
        sendAuditHead({ db, audit: store.audit, client: connection.client, token, officerId, deviceId, portalName: connection.baseUrl }),
      ...(options.sync?.afterPage ? { afterPage: options.sync.afterPage } : {}),
      ...(options.sync?.pageSize ? { pageSize: options.sync.pageSize } : {}),
      ...(options.sync?.pullIntervalMs ? { pullIntervalMs: options.sync.pullIntervalMs } : {}),
    });
    engine.start();
    // Retention runs with the long-lived app (at start, then daily), not on every open:
    // a read-only CLI call should not scan and delete.
    const purge = () => purgeStaleCitizens(db, store.audit, now(), config.retention.citizenCacheDays);
    purge();
    purgeTimer = setInterval(purge, 24 * 3_600_000);
    purgeTimer.unref();
  }

  const stopIdleTimer = sessions.startIdleTimer();
  logger.info({ mode: config.mode, schemaVersion, configSource: loaded.source, keyBackend: keys.describe().backend }, 'core started');
  return {
    status: { state: 'ready' },
    config,
    dataDir,
    dispatch: guardLocked(createDispatcher({ handlers, session: () => sessions.current(), logger }), sessions),
    events,
    logger,
    schemaVersion,
    store,
    lookup,
    actions,
    start,
    sync: () => engine,
    portal: () => portal,
    lockNow: (reason) => sessions.lockNow(reason),
    close: async () => {
      logger.info('core stopping');
      stopIdleTimer();
      if (purgeTimer) clearInterval(purgeTimer);
      await engine?.stop();
      await portal?.close();
      db.close();
      await logs?.close();
    },
  };
}

export { latestVersion, migrations };
