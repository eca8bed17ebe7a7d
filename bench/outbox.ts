import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { CoreUnderTest } from '../test/core-under-test';
import { openDatabase, type Db } from '../electron/core/db/connection';
import { migrate } from '../electron/core/db/migrate';
import { migrations } from '../electron/core/db/migrations';
import type { FaultConfigInput } from '../portal-sim/faults';
import { startSimChild, type SimChild } from './lib/sim-child';
import { ownCpuMs, processCpuMs } from './lib/cpu';
import { deskKeyHex } from './lookup-import';
import { BENCH_SESSION, deskWorkspace, type DeskWorkspace } from './lib/desk-workspace';
import { exactlyOnce } from './lib/exactly-once';
import { latency, printReport, progress, rate, type BenchResult } from './lib/report';
import { summarize } from './lib/stats';

const argsSchema = z.object({
  actions: z.coerce.number().int().min(100).max(1_000_000).default(10_000),
  dossiers: z.coerce.number().int().min(10).max(100_000).default(2000),
  faultRate: z.coerce.number().min(0).max(0.5).default(0.05),
  concurrency: z.coerce.number().int().min(1).max(64).optional(),
  drainTimeoutS: z.coerce.number().int().min(10).max(3600).default(600),
});
const REFERENCE_TIME = '2026-06-15T03:00:00.000Z';
const TARGETS = { enqueueP99: 1, drainPerSecond: 2000 };
const WARMUP = 100;

const met = (r: BenchResult, ok: boolean, target?: Record<string, number>): BenchResult => Object.assign({}, r, { met: ok }, target ? { target } : {});

/** Fault injection through the simulator's loopback admin API. */
async function setFaults(url: string, config: FaultConfigInput): Promise<void> {
  const res = await fetch(`${url}/__admin/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(config) });
  if (!res.ok) throw new Error(`setting faults failed: ${res.status}`);
}

/** Every idempotency key the portal applied, from its ledger. */
async function ledgerKeys(url: string): Promise<string[]> {
  const res = await fetch(`${url}/__admin/ledger`);
  const body = z.object({ entries: z.array(z.object({ idempotencyKey: z.string() })) }).parse(await res.json());
  return body.entries.map((e) => e.idempotencyKey);
}

/** The cache a desk needs before it may record anything: one pull, then closed. */
async function seedCache(ws: DeskWorkspace, sim: SimChild): Promise<void> {
  const { core } = ws.openCore(sim.url, { pageSize: 1000, pullIntervalMs: 3_600_000 });
  await core.start();
  await core.sync()?.pullNow();
  await core.close();
}

/** Durable enqueue through the core (engine not started: nothing competes with the commits). */
function enqueueLatencies({ core, database: { db } }: CoreUnderTest, actions: number): number[] {
  const record = core.actions;
  const codes = db.prepare<[], { code: string }>("SELECT code FROM dossier WHERE code NOT LIKE 'TMP-%' ORDER BY code").all().map((r) => r.code);
  const out: number[] = [];
  for (let i = 0; i < actions; i++) {
    const code = codes[i % codes.length] ?? '';
    const t = performance.now();
    record.record(code, { kind: 'note', text: `benchmark note ${i}` }, BENCH_SESSION);
    out.push(performance.now() - t);
  }
  return out.slice(WARMUP);
}

/** Baseline: one raw INSERT per transaction into the same outbox table, synchronous=FULL, WAL. */
function rawInsertLatencies(path: string, keyHex: string | undefined, n: number): number[] {
  const db: Db = openDatabase(path, keyHex === undefined ? {} : { keyHex });
  try {
    migrate(db, migrations);
    const insert = db.prepare(
      "INSERT INTO outbox (idem_key, kind, dossier_code, expected_version, payload, officer_id, state, created_at) VALUES (?, 'note', ?, 1, ?, 'canbo01', 'waiting', ?)",
    );
    const out: number[] = [];
    for (let i = 0; i < n + WARMUP; i++) {
      const t = performance.now();
      insert.run(`k-${i}`, `H15.50.05.13-260615-${String(i % 2000).padStart(4, '0')}`, JSON.stringify({ kind: 'note', text: `benchmark note ${i}` }), new Date().toISOString());
      out.push(performance.now() - t);
    }
    return out.slice(WARMUP);
  } finally {
    db.close();
  }
}

/** Drains everything, honouring back-off (small in this run), until settled or the deadline. */
async function drainAll({ core, database: { db } }: CoreUnderTest, deadlineMs: number): Promise<void> {
  const engine = core.sync();
  if (!engine) throw new Error('core not started');
  const open = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM outbox WHERE state IN ('waiting', 'sending')");
  while ((open.get()?.n ?? 0) > 0) {
    if (Date.now() > deadlineMs) throw new Error(`drain did not settle in time: ${open.get()?.n} actions open`);
    const report = await engine.drainNow();
    if (report.delivered === 0) await sleep(5);
  }
}

/**
 * Outbox figures: durable enqueue latency through the core against a raw insert with
 * the same durability, then a drain of many actions across many dossiers to the local
 * simulator with injected faults, checked exactly once against the simulator's ledger.
 */
export async function run(argv: string[], json: boolean): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { actions: { type: 'string' }, dossiers: { type: 'string' }, 'fault-rate': { type: 'string' }, concurrency: { type: 'string' }, 'drain-timeout-s': { type: 'string' } },
    strict: true,
  });
  const a = argsSchema.parse({ ...values, faultRate: values['fault-rate'], drainTimeoutS: values['drain-timeout-s'] });
  const results: BenchResult[] = [];
  // The portal runs in its own process, as a real one would: the drain figure is the desk's alone.
  const ws = deskWorkspace(join('.tmp', 'bench', 'work'));
  const sim = await startSimChild({
    seed: 42, dossiers: a.dossiers, citizens: Math.ceil(a.dossiers / 2), referenceTime: REFERENCE_TIME,
    dataDir: join(ws.root, 'portal-sim'), admin: true,
  });
  try {
    progress(`outbox: caching ${a.dossiers} dossiers`);
    await seedCache(ws, sim);

    progress(`outbox: enqueue ${a.actions} notes through the core`);
    const recorder = ws.openCore(sim.url);
    const enqueue = summarize(enqueueLatencies(recorder, a.actions));
    await recorder.core.close();
    const keyHex = deskKeyHex(ws.dataDir);
    const rawFull = summarize(rawInsertLatencies(join(ws.root, 'raw-outbox.sqlite'), keyHex, Math.min(a.actions, 10_000)));
    const rawPlain = summarize(rawInsertLatencies(join(ws.root, 'raw-outbox-plain.sqlite'), undefined, Math.min(a.actions, 10_000)));
    const p99Ratio = Math.round((enqueue.p99 / Math.max(1e-9, rawFull.p99)) * 100) / 100;
    results.push(
      met(
        latency('outbox.enqueue.note', enqueue, { name: 'raw-sql.insert.sync-full', summary: rawFull }, { note: `outbox row + hash-chained audit row in one transaction; p99 ratio ×${p99Ratio}` }),
        enqueue.p99 <= TARGETS.enqueueP99,
        { p99: TARGETS.enqueueP99 },
      ),
    );
    results.push(latency('raw-sql.insert.sync-full', rawFull, undefined, { note: 'encrypted, WAL, one row per transaction' }));
    results.push(latency('raw-sql.insert.sync-full.unencrypted', rawPlain));

    const share = a.faultRate / 4;
    await setFaults(sim.url, {
      seed: 11,
      rules: [
        { route: 'postAction', kind: 'drop', rate: share },
        { route: 'postAction', kind: 'error', status: 500, rate: share },
        { route: 'postAction', kind: 'reset', rate: share },
        { route: 'postAction', kind: 'error', status: 429, rate: share, retryAfterSeconds: 0 },
      ],
    });
    progress(`outbox: drain ${a.actions} actions with ${a.faultRate * 100} % faults`);
    const drainer = ws.openCore(sim.url, { pullIntervalMs: 3_600_000, backoff: { baseMs: 5, capMs: 40 }, ...(a.concurrency ? { concurrency: a.concurrency } : {}) });
    const simCpu0 = sim.pid === undefined ? null : processCpuMs(sim.pid);
    const deskCpu0 = ownCpuMs();
    const t0 = performance.now();
    await drainer.core.start();
    await drainAll(drainer, Date.now() + a.drainTimeoutS * 1000);
    const seconds = (performance.now() - t0) / 1000;
    const deskCpuMs = ownCpuMs() - deskCpu0;
    const simCpu1 = sim.pid === undefined ? null : processCpuMs(sim.pid);
    const simCpuMs = simCpu0 === null || simCpu1 === null ? null : simCpu1 - simCpu0;
    const { db } = drainer.database;
    const verdict = exactlyOnce(db, await ledgerKeys(sim.url));
    const retries = db.prepare<[], { n: number }>('SELECT coalesce(sum(attempts), 0) - count(*) AS n FROM outbox').get()?.n ?? 0;
    await drainer.core.close();
    const perSecond = Math.round(verdict.delivered / seconds);
    // Where a drain's time goes on this machine: the desk's and the portal's CPU per delivered action.
    const perAction = (ms: number): number => Math.round((ms * 1000) / Math.max(1, verdict.delivered));
    const cpu = {
      deskUsPerAction: perAction(deskCpuMs),
      simUsPerAction: simCpuMs === null ? null : perAction(simCpuMs),
      coresBusy: Math.round(((deskCpuMs + (simCpuMs ?? 0)) / 1000 / seconds) * 100) / 100,
      cores: cpus().length,
    };
    results.push(
      Object.assign(met(
        rate('outbox.drain.actions_per_s', perSecond, undefined, `${verdict.delivered} actions across ${a.dossiers} dossiers in ${Math.round(seconds * 10) / 10} s, ${retries} retries after injected faults (drop/500/reset/429)`),
        perSecond >= TARGETS.drainPerSecond && verdict.ok,
        { value: TARGETS.drainPerSecond },
      ), { exactlyOnce: verdict, cpu }),
    );
  } finally {
    await sim.stop();
    ws.remove();
  }
  printReport({ suite: 'outbox', params: { ...a, encrypted: true, backoffMs: [5, 40], retryAfter429: 0 }, results }, json);
}
