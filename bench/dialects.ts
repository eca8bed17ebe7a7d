import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openCoreUnderTest } from '../test/core-under-test';
import { startPortalSim } from '../portal-sim';
import { BENCH_SESSION } from './lib/desk-workspace';
import { printReport, progress, rate, type BenchResult } from './lib/report';

const argsSchema = z.object({
  dossiers: z.coerce.number().int().min(100).max(200_000).default(5000),
  actions: z.coerce.number().int().min(10).max(10_000).default(300),
});
const DIALECTS = ['onestop', 'opencps'] as const;

/** One dialect: a first import of every dossier, then a drain of `actions` notes, on the same generated data. */
async function measure(dialect: (typeof DIALECTS)[number], a: z.infer<typeof argsSchema>): Promise<{ pull: number; drain: number; delivered: number; ledger: number }> {
  const root = mkdtempSync(join(tmpdir(), `bench-dialect-${dialect}-`));
  const sim = await startPortalSim({ seed: 7, dossiers: a.dossiers, citizens: 50, referenceTime: '2026-06-15T03:00:00.000Z', dialect, dataDir: join(root, 'sim') });
  const configPath = join(root, 'config.json');
  writeFileSync(configPath, JSON.stringify({ mode: 'training', portal: { timeoutMs: 30_000 }, training: { dialect } }));
  const { core, database: { db } } = openCoreUnderTest({ dataRoot: join(root, 'data'), configPath, portalUrl: sim.url, logToFile: false, sync: { pageSize: 500, pullIntervalMs: 3_600_000 } });
  try {
    await core.start();
    const engine = core.sync();
    if (!engine) throw new Error('core not ready');
    let t = performance.now();
    await engine.pullNow();
    const pullS = (performance.now() - t) / 1000;
    const rows = (db.prepare('SELECT count(*) AS n FROM dossier').get() as { n: number }).n;
    const codes = (db.prepare("SELECT code FROM dossier ORDER BY code LIMIT 200").all() as { code: string }[]).map((r) => r.code);
    for (let i = 0; i < a.actions; i += 1) core.actions.record(codes[i % codes.length] ?? '', { kind: 'note', text: `bench ${i}` }, BENCH_SESSION);
    t = performance.now();
    for (let round = 0; round < 1000; round += 1) {
      await engine.drainNow();
      const open = db.prepare("SELECT count(*) AS n FROM outbox WHERE state IN ('waiting','sending')").get() as { n: number };
      if (open.n === 0) break;
    }
    const drainS = (performance.now() - t) / 1000;
    const delivered = (db.prepare("SELECT count(*) AS n FROM outbox WHERE state = 'delivered'").get() as { n: number }).n;
    return { pull: Math.round(rows / pullS), drain: Math.round(delivered / drainS), delivered, ledger: sim.ledger().length };
  } finally {
    await core.close();
    await sim.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/** `npm run bench -- dialects [--json] [--dossiers N] [--actions N]`: pull and drain, onestop and OpenCPS side by side. */
export async function run(argv: string[], json: boolean): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { dossiers: { type: 'string' }, actions: { type: 'string' } }, strict: true });
  const a = argsSchema.parse(values);
  const figures: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  for (const dialect of DIALECTS) {
    progress(`${dialect}: importing ${a.dossiers} dossiers, then draining ${a.actions} actions…`);
    figures[dialect] = await measure(dialect, a);
  }
  const base = figures['onestop'];
  const results: BenchResult[] = DIALECTS.flatMap((d) => {
    const f = figures[d];
    if (!f || !base) return [];
    const exactly = `delivered ${f.delivered}, ledger ${f.ledger}`;
    return [
      rate(`${d}.pull_rows`, f.pull, d === 'onestop' ? undefined : { name: 'onestop.pull_rows', value: base.pull }),
      rate(`${d}.drain_actions`, f.drain, d === 'onestop' ? undefined : { name: 'onestop.drain_actions', value: base.drain }, exactly),
    ];
  });
  printReport({ suite: 'dialects', params: a, results }, json);
}
