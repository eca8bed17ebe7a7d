import { createSessions } from './auth';
import { createFaultController, type FaultConfigInput, type FaultController } from './faults';
import { OPENCPS_PREFIX } from './opencps/routes';
import { buildApp } from './server';
import type { LedgerRow } from './store/journal';
import { openSimStore } from './store/sim-store';
import type { DossierWire } from '../shared/portal/dossier-wire';

export interface PortalSimOptions {
  readonly seed?: number;
  readonly dossiers?: number;
  /** Default: half the dossiers (at least 50). */
  readonly citizens?: number;
  /** 0 (default) = a random free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Where the SQLite file lives; default a temp dir removed on close. */
  readonly dataDir?: string;
  readonly faults?: FaultConfigInput;
  /** Serve /__admin/* (loopback only). Default false. */
  readonly adminApi?: boolean;
  /** ISO instant the generated data is anchored at; default now. Fix it for byte-identical data. */
  readonly referenceTime?: string;
  /** Regenerate even if the data dir holds the same seed and sizes. */
  readonly fresh?: boolean;
  /** The API served: ours (default) or an OpenCPS REST v2 stand-in under /o/rest/v2, on the same data. */
  readonly dialect?: 'onestop' | 'opencps';
}

export interface PortalSim {
  /** The API base: the root for onestop, …/o/rest/v2 for the OpenCPS stand-in. */
  readonly url: string;
  readonly dialect: 'onestop' | 'opencps';
  readonly port: number;
  readonly dataDir: string;
  /** In-process fault control (the same as /__admin/faults). */
  readonly faults: FaultController;
  /** Every applied action with its idempotency key (the same as GET /__admin/ledger). */
  ledger(): LedgerRow[];
  /** Change a dossier portal-side: bumps its version, optionally sets its status. */
  changeDossier(code: string, status?: number): DossierWire | null;
  close(): Promise<void>;
}

export const PORTAL_SIM_VERSION = 'portal-sim 1.0.0';

/** Starts the simulator in this process (training mode, tests, benchmarks). */
export async function startPortalSim(options: PortalSimOptions = {}): Promise<PortalSim> {
  const seed = options.seed ?? 42;
  const dossiers = options.dossiers ?? 3000;
  const citizens = options.citizens ?? Math.max(50, Math.ceil(dossiers / 2));
  const store = openSimStore({
    seed,
    dossiers,
    citizens,
    ...(options.referenceTime !== undefined ? { referenceMs: Date.parse(options.referenceTime) } : {}),
    ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    ...(options.fresh !== undefined ? { fresh: options.fresh } : {}),
  });
  const faults = createFaultController({ seed, ...options.faults });
  const app = buildApp({
    store,
    sessions: createSessions(),
    faults,
    adminApi: options.adminApi ?? false,
    dialect: options.dialect ?? 'onestop',
    version: PORTAL_SIM_VERSION,
  });
  try {
    await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  } catch (error) {
    store.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}${options.dialect === 'opencps' ? OPENCPS_PREFIX : ''}`,
    dialect: options.dialect ?? 'onestop',
    port,
    dataDir: store.dir,
    faults,
    ledger: () => store.journal.ledger(),
    changeDossier: (code, status) => store.actions.adminChange(code, status),
    async close() {
      await app.close();
      store.close();
    },
  };
}

export type { FaultConfigInput, FaultController } from './faults';
export type { LedgerRow } from './store/journal';
export { OFFICERS, TRAINING_PASSWORD } from './officers';
