import { join } from 'node:path';
import { startTestSim } from '../portal-sim/test-support';
import type { PortalSim, PortalSimOptions } from '../portal-sim';
import type { ReadyCore } from '../electron/core/core';
import type { CallInput, CallName, CallOutput } from '../shared/contract';
import type { DeskDatabase } from '../electron/core/composition/desk-database';
import { openCoreUnderTest } from './core-under-test';
import type { SyncEngine } from '../electron/core/sync/sync-engine';
import { tempDir } from './tmp';

export interface DeskUnderTest {
  readonly core: ReadyCore;
  /** The database behind the core, for checks the contract does not offer. */
  readonly database: DeskDatabase;
  readonly sim: PortalSim;
  readonly engine: SyncEngine;
  readonly dataRoot: string;
  /** Retries waiting actions immediately until none wait (bounded), returning the rounds used. */
  drainUntilSettled(maxRounds?: number): Promise<number>;
  /** Reopens the core on the same data (a restart of the app). */
  restart(): Promise<DeskUnderTest>;
  stop(): Promise<void>;
}

/** A desk core on a temp data folder, wired to its own simulator on 127.0.0.1, cache pulled. */
export async function startDesk(
  options: {
    sim?: PortalSimOptions; simInstance?: PortalSim; timeoutMs?: number; dataRoot?: string; dialect?: 'onestop' | 'opencps';
    /** More machine-config keys, and files written next to the config (for paths it names). */
    config?: Readonly<Record<string, unknown>>; configFiles?: Readonly<Record<string, string>>;
  } = {},
): Promise<DeskUnderTest> {
  const dir = options.dataRoot ? null : tempDir();
  const dataRoot = options.dataRoot ?? join(dir?.path ?? '', 'data');
  const dialect = options.dialect ?? options.simInstance?.dialect ?? 'onestop';
  const sim = options.simInstance ?? (await startTestSim({ dialect, ...options.sim }));
  const configDir = tempDir();
  for (const [name, content] of Object.entries(options.configFiles ?? {})) configDir.file(name, content);
  const configPath = configDir.file('config.json', JSON.stringify({ mode: 'training', portal: { timeoutMs: options.timeoutMs ?? 2000 }, training: { dialect }, ...options.config }));
  const { core, database } = openCoreUnderTest({
    dataRoot, configPath, logToFile: false, portalUrl: sim.url,
    sync: { pageSize: 200, pullIntervalMs: 3_600_000, backoff: { baseMs: 5, capMs: 40 } },
  });
  await core.start();
  const engine = core.sync();
  if (!engine) throw new Error('sync engine did not start');
  await engine.pullNow();
  const desk: DeskUnderTest = {
    core, database, sim, engine, dataRoot,
    async drainUntilSettled(maxRounds = 60) {
      for (let round = 1; round <= maxRounds; round += 1) {
        database.db.prepare("UPDATE outbox SET next_attempt_at = NULL WHERE state = 'waiting'").run();
        await engine.drainNow();
        const open = database.db.prepare("SELECT count(*) AS n FROM outbox WHERE state IN ('waiting','sending')").get() as { n: number };
        if (open.n === 0) return round;
      }
      return maxRounds + 1;
    },
    async restart() {
      await core.close();
      return startDesk({ ...options, simInstance: sim, dataRoot });
    },
    async stop() {
      await core.close();
      if (!options.simInstance) await sim.close();
      configDir.remove();
      dir?.remove();
    },
  };
  return desk;
}

/** Codes of any cached dossiers (notes are allowed in every status). */
export function anyCodes({ database }: Pick<DeskUnderTest, 'database'>, limit: number): string[] {
  const rows = database.db.prepare("SELECT code FROM dossier WHERE code NOT LIKE 'TMP-%' ORDER BY code LIMIT ?").all(limit) as { code: string }[];
  return rows.map((r) => r.code);
}

/** Codes of cached dossiers in a status (to record allowed actions on). */
export function cachedCodes({ database }: Pick<DeskUnderTest, 'database'>, status: number, limit = 10): string[] {
  const rows = database.db.prepare('SELECT code FROM dossier WHERE status = ? ORDER BY code LIMIT ?').all(status, limit) as { code: string }[];
  return rows.map((r) => r.code);
}

/** The exactly-once check: every delivered action's key is in the ledger once, and nothing else is. */
export function ledgerCheck(desk: DeskUnderTest): { delivered: number; ledger: number; duplicates: string[]; missing: string[]; unknown: string[] } {
  const delivered = (desk.database.db.prepare("SELECT idem_key FROM outbox WHERE state = 'delivered'").all() as { idem_key: string }[]).map((r) => r.idem_key);
  const ledgerKeys = desk.sim.ledger().map((r) => r.idempotency_key);
  const counts = new Map<string, number>();
  for (const k of ledgerKeys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const deliveredSet = new Set(delivered);
  return {
    delivered: delivered.length,
    ledger: ledgerKeys.length,
    duplicates: [...counts].filter(([, n]) => n > 1).map(([k]) => k),
    missing: delivered.filter((k) => !counts.has(k)),
    unknown: ledgerKeys.filter((k) => !deliveredSet.has(k)),
  };
}

/** A contract call that must succeed, typed by call name like `core.call`: its value, or a thrown error naming the refusal. */
export async function callOk<K extends CallName>(desk: Pick<DeskUnderTest, 'core'>, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const answer = await desk.core.call(name, input);
  if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}
