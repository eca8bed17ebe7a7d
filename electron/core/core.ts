import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fail, type AppStatus, type calls, type Session } from '../../shared/contract';
import { createDispatcher, type Dispatch } from './api/dispatch';
import type { Handlers } from './api/handlers';
import { loadMachineConfig } from './config/load';
import { defaultDataRoot, machineConfigPath } from './config/paths';
import type { MachineConfig } from './config/schema';
import { openDatabase, type Db } from './db/connection';
import { latestVersion, migrate } from './db/migrate';
import { migrations } from './db/migrations';
import { createPrefsRepo } from './db/prefs-repo';
import { CoreEvents } from './events';
import { createLogger, silentLogger, type Logger } from './log/logger';
import { createAppService } from './services/app-service';
import { createCitizenStore } from './db/cache/citizen-store';
import { createDossierSearch } from './db/cache/dossier-search';
import { createDossierStore } from './db/cache/dossier-store';
import { createSyncStateStore } from './db/cache/sync-state';
import { createLookupService, lookupHandlers } from './services/lookup/lookup-service';

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
}

export interface Core {
  readonly status: AppStatus;
  readonly config: MachineConfig | null;
  readonly dataDir: string | null;
  readonly dispatch: Dispatch;
  readonly events: CoreEvents;
  readonly logger: Logger;
  readonly schemaVersion: number;
  setSession(session: Session | null): void;
  close(): Promise<void>;
}

/** Until sign-in exists (issue 6), training mode runs as a built-in training officer. */
const TRAINING_SESSION: Session = { officerId: 'training', displayName: 'Cán bộ tập huấn', roles: ['officer', 'supervisor'] };

export function createCore(options: CoreOptions = {}): Core {
  const configPath = options.configPath ?? machineConfigPath();
  const loaded = loadMachineConfig(configPath);
  const events = new CoreEvents();

  if (!loaded.ok) {
    // The app must still open and explain, so the core stays up in a refusing state.
    const status: AppStatus = { state: 'config-invalid', configPath, issues: loaded.issues };
    const refuse: Dispatch = (name) =>
      Promise.resolve(
        name === 'app.status'
          ? { ok: true, value: status }
          : fail('CONFIG_INVALID', 'The machine configuration is invalid; ask IT to correct it.', { configPath }),
      );
    return {
      status, config: null, dataDir: null, dispatch: refuse, events, logger: silentLogger(), schemaVersion: 0,
      setSession: () => undefined,
      close: () => Promise.resolve(),
    };
  }

  const config = loaded.config;
  const dataDir = join(options.dataRoot ?? defaultDataRoot(), config.mode);
  mkdirSync(dataDir, { recursive: true });
  const logs = options.logToFile === false ? null : createLogger({ dir: join(dataDir, 'logs') });
  const logger = logs?.logger ?? silentLogger();
  const databasePath = join(dataDir, 'desk.sqlite');
  const db: Db = openDatabase(databasePath);
  let schemaVersion: number;
  try {
    schemaVersion = migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  const now = options.now ?? (() => new Date());
  const dossierStore = createDossierStore(db);
  const citizenStore = createCitizenStore(db);
  const syncState = createSyncStateStore(db);
  const lookup = createLookupService({
    search: createDossierSearch(db), dossiers: dossierStore, citizens: citizenStore, syncState, now,
  });
  let session: Session | null = config.mode === 'training' ? TRAINING_SESSION : null;

  const handlers: Handlers = {
    ...createAppService({
      info: {
        productName: PRODUCT_NAME,
        version: options.version ?? '0.0.0-dev',
        mode: config.mode,
        dataDir,
        portalUrl: config.portal.baseUrl ?? 'training simulator (in-process)',
        schemaVersion,
        officeTimeZone: OFFICE_TIME_ZONE,
      },
      prefs: createPrefsRepo(db),
      events,
      diagnostics: { databasePath, logDir: join(dataDir, 'logs'), configPath, configSource: loaded.source },
    }),
    ...lookupHandlers(lookup),
  } satisfies Record<keyof typeof calls, unknown>;

  logger.info({ mode: config.mode, schemaVersion, configSource: loaded.source }, 'core started');
  return {
    status: { state: 'ready' },
    config,
    dataDir,
    dispatch: createDispatcher({ handlers, session: () => session, logger }),
    events,
    logger,
    schemaVersion,
    setSession: (next) => {
      session = next;
    },
    close: async () => {
      logger.info('core stopping');
      db.close();
      await logs?.close();
    },
  };
}

export { latestVersion, migrations };
