import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { portalOriginOf } from '../config/portal-origin';
import type { ConfigLoad } from '../config/load';
import type { MachineConfig } from '../config/schema';
import { CoreEvents } from '../events';
import { createLogger, silentLogger, type Logger } from '../log/logger';
import { defaultDataRoot } from '../config/paths';
import type { CoreOptions } from './core-options';

export type LoadedConfig = Extract<ConfigLoad, { ok: true }>;

/** What every module of a ready desk shares: its config, clock, folders, events and log. */
export interface DeskContext {
  readonly options: CoreOptions;
  readonly config: MachineConfig;
  readonly configPath: string;
  readonly configSource: LoadedConfig['source'];
  /** The online-only procedure catalogue in force (shipped, or IT's override file). */
  readonly onlineOnly: LoadedConfig['onlineOnly'];
  /** The competent-unit catalogue in force (shipped, or IT's override file). */
  readonly competentUnits: LoadedConfig['competentUnits'];
  readonly portalOrigin: string;
  readonly now: () => Date;
  readonly events: CoreEvents;
  readonly dataDir: string;
  readonly logDir: string;
  readonly logger: Logger;
  closeLogs(): Promise<void>;
}

export function createDeskContext(options: CoreOptions, configPath: string, loaded: LoadedConfig): DeskContext {
  const config = loaded.config;
  const dataDir = join(options.dataRoot ?? defaultDataRoot(), config.mode);
  mkdirSync(dataDir, { recursive: true });
  const logDir = join(dataDir, 'logs');
  const logs = options.logToFile === false ? null : createLogger({ dir: logDir });
  return {
    options,
    config,
    configPath,
    configSource: loaded.source,
    onlineOnly: loaded.onlineOnly,
    competentUnits: loaded.competentUnits,
    portalOrigin: portalOriginOf(config, options.portalUrl),
    now: options.now ?? (() => new Date()),
    events: new CoreEvents(),
    dataDir,
    logDir,
    logger: logs?.logger ?? silentLogger(),
    closeLogs: async () => {
      await logs?.close();
    },
  };
}
