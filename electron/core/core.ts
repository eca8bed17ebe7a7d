import {
  fail, type AppStatus, type CallInput, type CallName, type CallOutput, type Result,
} from '../../shared/contract';
import { createDispatcher, type Dispatch } from './api/dispatch';
import { guardLocked } from './api/lock-guard';
import type { LockReason } from './auth/session-manager';
import { connectDesk, type ConnectedModules } from './composition/connected-modules';
import type { CoreOptions } from './composition/core-options';
import { createDeskContext } from './composition/desk-context';
import { openDeskDatabase, type DeskDatabase } from './composition/desk-database';
import { wireDeskModules, type DeskModules } from './composition/desk-modules';
import { late } from './composition/late';
import { loadMachineConfig } from './config/load';
import { NO_TRAINING_IN_THIS_BUILD } from './config/training-build';
import { TRAINING_BUILT_IN } from './training-simulator';
import { machineConfigPath } from './config/paths';
import type { MachineConfig } from './config/schema';
import { latestVersion } from './db/migrate';
import { migrations } from './db/migrations';
import { CoreEvents } from './events';
import { silentLogger, type Logger } from './log/logger';
import { connectPortal, type PortalConnection } from './portal-connection';
import type { ActionService } from './services/actions/action-service';
import type { LookupService } from './services/lookup/lookup-service';
import type { SyncEngine } from './sync/sync-engine';

export type { CoreOptions } from './composition/core-options';

interface CoreBase {
  readonly status: AppStatus;
  /** The transport's door (IPC, test bridge): name and input are checked by the contract. */
  readonly dispatch: Dispatch;
  /** A contract call from a trusted front in this process (CLI, tests), typed by call name. */
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>>;
  readonly events: CoreEvents;
  readonly logger: Logger;
  /** Connects to the portal (starting the training simulator if needed) and starts syncing. */
  start(): Promise<void>;
  /** OS lock or suspend (wired to Electron's powerMonitor in main.ts). */
  lockNow(reason: LockReason): void;
  close(): Promise<void>;
}

export interface ReadyCore extends CoreBase {
  readonly state: 'ready';
  readonly status: Extract<AppStatus, { state: 'ready' }>;
  readonly config: MachineConfig;
  readonly dataDir: string;
  readonly schemaVersion: number;
  readonly lookup: LookupService;
  readonly actions: ActionService;
  readonly sync: () => SyncEngine | null;
  readonly portal: () => PortalConnection | null;
}

/** An invalid machine config: the app still opens and explains it, refusing every other call. */
export interface InvalidConfigCore extends CoreBase {
  readonly state: 'config-invalid';
  readonly status: Extract<AppStatus, { state: 'config-invalid' }>;
}

export type Core = ReadyCore | InvalidConfigCore;

/** The wired desk: the core, and for the command line and test harnesses the modules behind it. */
export type ComposedCore =
  | { readonly state: 'ready'; readonly core: ReadyCore; readonly database: DeskDatabase; readonly modules: DeskModules }
  | { readonly state: 'config-invalid'; readonly core: InvalidConfigCore };

const typedCall = (dispatch: Dispatch): CoreBase['call'] =>
  (name, input) => dispatch(name, input, { trusted: true }) as Promise<Result<CallOutput<typeof name>>>;

function invalidConfigCore(configPath: string, status: InvalidConfigCore['status']): InvalidConfigCore {
  const dispatch: Dispatch = (name) =>
    Promise.resolve(
      name === 'app.status'
        ? { ok: true, value: status }
        : fail('CONFIG_INVALID', 'The machine configuration is invalid; ask IT to correct it.', { configPath }),
    );
  return {
    state: 'config-invalid', status, dispatch, call: typedCall(dispatch), events: new CoreEvents(), logger: silentLogger(),
    start: () => Promise.resolve(), lockNow: () => undefined, close: () => Promise.resolve(),
  };
}

/**
 * The composition root: config → context → database → modules → dispatcher, each built
 * from what it declares. What exists only after start (portal, sync engine) reaches the
 * modules through the `started` slots.
 */
export function composeCore(options: CoreOptions = {}): ComposedCore {
  const configPath = options.configPath ?? machineConfigPath();
  const loaded = loadMachineConfig(configPath);
  if (!loaded.ok) {
    return { state: 'config-invalid', core: invalidConfigCore(configPath, { state: 'config-invalid', configPath, issues: loaded.issues }) };
  }
  if (loaded.config.mode === 'training' && !TRAINING_BUILT_IN) {
    return { state: 'config-invalid', core: invalidConfigCore(configPath, { state: 'config-invalid', configPath, issues: [NO_TRAINING_IN_THIS_BUILD] }) };
  }
  const context = createDeskContext(options, configPath, loaded);
  const database = openDeskDatabase(context);
  const started = { portal: late<PortalConnection>(), sync: late<SyncEngine>() };
  const modules = wireDeskModules(context, database, started);
  const { sessions } = modules;
  const dispatch = guardLocked(createDispatcher({ handlers: modules.handlers, session: () => sessions.current(), logger: context.logger }), sessions);
  let connected: ConnectedModules | null = null;

  async function start(): Promise<void> {
    if (started.portal.get()) return;
    const connection = await connectPortal({ config: context.config, dataDir: context.dataDir, now: context.now, ...(options.portalUrl ? { baseUrl: options.portalUrl } : {}) });
    started.portal.set(connection);
    connected = connectDesk(context, database, modules, connection);
    started.sync.set(connected.engine);
  }

  const stopIdleTimer = sessions.startIdleTimer();
  context.logger.info(
    { mode: context.config.mode, schemaVersion: database.schemaVersion, configSource: context.configSource, keyBackend: database.keys.describe().backend },
    'core started',
  );
  const core: ReadyCore = {
    state: 'ready',
    status: { state: 'ready' },
    config: context.config,
    dataDir: context.dataDir,
    dispatch,
    call: typedCall(dispatch),
    events: context.events,
    logger: context.logger,
    schemaVersion: database.schemaVersion,
    lookup: modules.lookup,
    actions: modules.actions,
    start,
    sync: started.sync.get,
    portal: started.portal.get,
    lockNow: (reason) => sessions.lockNow(reason),
    close: async () => {
      context.logger.info('core stopping');
      stopIdleTimer();
      connected?.stopPurge();
      await started.sync.get()?.stop();
      await started.portal.get()?.close();
      database.db.close();
      await context.closeLogs();
    },
  };
  return { state: 'ready', core, database, modules };
}

export function createCore(options: CoreOptions = {}): Core {
  return composeCore(options).core;
}

export { latestVersion, migrations };
