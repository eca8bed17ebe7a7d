import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openCoreUnderTest } from '../test/core-under-test';
import { startPortalSim, type PortalSim } from '../portal-sim/index';
import { buildChild, runChild } from '../test/crash/child-process';
import { deskWorkspace } from './lib/desk-workspace';
import { exactlyOnce, type LedgerVerdict } from './lib/exactly-once';
import { progress } from './lib/report';
import { pick, seededRandom } from './lib/rng';

const argsSchema = z.object({
  minutes: z.coerce.number().min(0.1).max(24 * 60).default(1),
  json: z.boolean().default(false),
  seed: z.coerce.number().int().min(0).default(1),
  faultRate: z.coerce.number().min(0).max(0.5).default(0.1),
  record: z.coerce.number().int().min(1).max(1000).default(20),
});
type SoakArgs = z.infer<typeof argsSchema>;
const REFERENCE_TIME = '2026-06-15T03:00:00.000Z';
/** Bounds: however long the soak, the loops end. */
const MAX_RUNS = 100_000;
const SETTLE_ATTEMPTS = 10;

interface SoakOutcome {
  readonly minutes: number;
  readonly runs: number;
  readonly kills: number;
  readonly cleanExits: number;
  readonly failedExits: number;
  readonly announced: number;
  readonly settleRuns: number;
  readonly verdict: LedgerVerdict;
  readonly firstError: string | null;
}

function faultRules(rate: number) {
  const share = rate / 4;
  return [
    { route: 'postAction' as const, kind: 'drop' as const, rate: share },
    { route: 'postAction' as const, kind: 'error' as const, status: 500 as const, rate: share },
    { route: 'postAction' as const, kind: 'reset' as const, rate: share },
    { route: 'postAction' as const, kind: 'error' as const, status: 429 as const, rate: share, retryAfterSeconds: 0 },
  ];
}

/** Opens the desk data once the children are done and compares its outbox with the portal's ledger. */
async function verify(sim: PortalSim, dataRoot: string, configPath: string, announced: readonly string[]): Promise<LedgerVerdict> {
  const { core, database: { db } } = openCoreUnderTest({ dataRoot, configPath, portalUrl: sim.url, logToFile: false });
  try {
    return exactlyOnce(db, sim.ledger().map((r) => r.idempotency_key), announced);
  } finally {
    await core.close();
  }
}

/**
 * Soak: a desk child records actions and drains against an in-process simulator with
 * faults; it is SIGKILLed at random moments and started again, for N minutes. Then the
 * faults stop, a last child settles the outbox, and the ledger must hold every announced
 * action exactly once.
 */
async function soak(a: SoakArgs): Promise<SoakOutcome> {
  const random = seededRandom(a.seed);
  const sim = await startPortalSim({ seed: 7, dossiers: 400, citizens: 200, referenceTime: REFERENCE_TIME });
  const ws = deskWorkspace(join('.tmp', 'bench', 'soak'), 2000);
  const args = { dataRoot: ws.dataRoot, configPath: ws.configPath, portalUrl: sim.url };
  try {
    const script = await buildChild();
    const seeded = await runChild(script, { ...args, record: 0 });
    if (seeded.code !== 0) throw new Error(`the first desk run failed: ${seeded.stderr}`);
    sim.faults.set({ seed: a.seed, rules: faultRules(a.faultRate) });
    // How long an undisturbed run takes: kill moments are spread over that span.
    const t = performance.now();
    const probe = await runChild(script, { ...args, record: a.record });
    const span = Math.max(200, Math.round(performance.now() - t));
    const announced = probe.queued.map((q) => q.key);
    let runs = 1;
    let kills = 0;
    let cleanExits = probe.code === 0 ? 1 : 0;
    let failedExits = probe.code === 0 ? 0 : 1;
    let firstError: string | null = probe.code === 0 ? null : probe.stderr;
    const deadline = Date.now() + a.minutes * 60_000;
    while (Date.now() < deadline && runs < MAX_RUNS) {
      const run = await runChild(script, { ...args, record: a.record }, { killAfterMs: pick(random, Math.round(span * 1.2)) });
      runs += 1;
      announced.push(...run.queued.map((q) => q.key));
      if (run.signal === 'SIGKILL') kills += 1;
      else if (run.code === 0) cleanExits += 1;
      else {
        failedExits += 1;
        firstError ??= run.stderr;
      }
      if (runs % 10 === 0) progress(`soak: ${runs} runs, ${kills} kills, ${announced.length} actions announced`);
    }
    sim.faults.clear();
    let settleRuns = 0;
    for (; settleRuns < SETTLE_ATTEMPTS; ) {
      settleRuns += 1;
      const settle = await runChild(script, { ...args, record: 0 });
      if (settle.code === 0) break;
      firstError ??= settle.stderr;
    }
    const verdict = await verify(sim, ws.dataRoot, ws.configPath, announced);
    return { minutes: a.minutes, runs, kills, cleanExits, failedExits, announced: announced.length, settleRuns, verdict, firstError };
  } finally {
    await sim.close();
    ws.remove();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { minutes: { type: 'string' }, json: { type: 'boolean' }, seed: { type: 'string' }, 'fault-rate': { type: 'string' }, record: { type: 'string' } },
    strict: true,
  });
  const parsed = argsSchema.safeParse({ ...values, faultRate: values['fault-rate'] });
  if (!parsed.success) {
    console.error(`${z.prettifyError(parsed.error)}\nusage: npm run soak -- [--minutes N] [--json] [--seed N] [--fault-rate 0.1] [--record 20]`);
    return 2;
  }
  const o = await soak(parsed.data);
  const v = o.verdict;
  console.log(
    `soak ${o.minutes} min: ${o.runs} desk runs, ${o.kills} SIGKILLs, ${o.announced} actions announced, ${v.delivered}/${v.actions} delivered, ledger ${v.ledger}` +
      ` — ${v.ok ? 'exactly once: OK' : `FAILED (duplicates ${v.duplicates}, missing ${v.missing}, unknown ${v.unknown}, lost ${v.lost}, not delivered ${v.notDelivered})`}`,
  );
  if (parsed.data.json) console.log(JSON.stringify({ suite: 'soak', params: parsed.data, ...o }));
  if (!v.ok && o.firstError) console.error(o.firstError);
  return v.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
