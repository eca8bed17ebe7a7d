import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase, type Db } from '../electron/core/db/connection';
import { openEncryptedDatabase } from '../electron/core/keys/encrypted-database';
import { fileKeyProvider } from '../electron/core/keys/file-key-provider';
import { deskKeyHex, rawBulkInsert } from './lookup-import';
import { rawQueries, sampleQueries, type QueryTexts } from './lookup-queries';
import { runChildJson } from './lib/child-json';
import { databaseMb, plaintextCopy } from './lib/db-files';
import { deskWorkspace } from './lib/desk-workspace';
import { latency, printReport, progress, rate, type BenchResult } from './lib/report';
import { sampleEach } from './lib/sample-sync';
import { startSimChild } from './lib/sim-child';
import { summarize, type Summary } from './lib/stats';
import type { DossierListRow } from '../electron/core/db/cache/dossier-search';
import { toDossierRow } from '../electron/core/services/lookup/rows';

const argsSchema = z.object({
  dossiers: z.coerce.number().int().min(1000).max(5_000_000).default(1_000_000),
  citizens: z.coerce.number().int().min(500).max(1_000_000).optional(),
  queries: z.coerce.number().int().min(100).max(100_000).default(2000),
  plain: z.boolean().default(true),
  keep: z.boolean().default(false),
});

const REFERENCE_TIME = '2026-06-15T03:00:00.000Z';
const WORK = join('.tmp', 'bench');
/** Issue 16's targets at 1,000,000 dossiers / 500,000 citizens. */
const TARGETS = { code: 0.15, idNumber: 0.3, prefix: 1.5, prefixRatio: 1.3, words: 8, rssMb: 300, importPeakMb: 400, importPerSecond: 20_000, importRatio: 0.8, openToFirstLookupMs: 300 };

const summarySchema = z.object({ n: z.number(), p50: z.number(), p95: z.number(), p99: z.number(), mean: z.number(), min: z.number(), max: z.number() });
const memorySchema = z.object({ rssMb: z.number(), peakMb: z.number() });
const importChildSchema = z.object({
  figures: z.object({ seconds: z.number(), dossiersPerSecond: z.number(), citizensPerSecond: z.number(), rowsPerCpuSecond: z.number(), cpuSeconds: z.number() }),
  memory: memorySchema,
});
const queryChildSchema = z.object({
  openMs: z.number(),
  firstLookupMs: z.number(),
  totalMs: z.number(),
  sinceProcessStartMs: z.number(),
  summaries: z.object({ codes: summarySchema, idNumbers: summarySchema, namePrefixes: summarySchema, nameWords: summarySchema }),
  memory: memorySchema,
});
type CoreSummaries = z.infer<typeof queryChildSchema>['summaries'];

/** Marks a figure with a target as met or not (`met: false` says so in the JSON). */
const met = (r: BenchResult, ok: boolean, target?: { value: number }): BenchResult => Object.assign({}, r, { met: ok }, target ? { target } : {});
const ms = (x: number) => Math.round(x * 10) / 10;

/** The core's figures (from the query child) against raw SQL on the same file, measured here first. */
function queryFigures(core: CoreSummaries, raw: ReturnType<typeof rawQueries>, q: QueryTexts): BenchResult[] {
  const results: BenchResult[] = [];
  const codeRaw = summarize(sampleEach(q.codes, raw.code));
  results.push(met(latency('lookup.code', core.codes, { name: 'raw-sql.code', summary: codeRaw }, { target: { p95: TARGETS.code } }), core.codes.p95 <= TARGETS.code));
  const idRaw = summarize(sampleEach(q.idNumbers, raw.idNumber));
  results.push(
    met(
      latency('lookup.idNumber', core.idNumbers, { name: 'raw-sql.citizen+dossiers', summary: idRaw }, { target: { p95: TARGETS.idNumber }, note: 'citizen summary + up to 50 dossiers' }),
      core.idNumbers.p95 <= TARGETS.idNumber,
    ),
  );
  // The same answer as the core: the range on the folded name, FTS for one word or when the range is empty.
  const plans: Record<string, Summary> = {
    'raw-sql.name.subquery': summarize(sampleEach(q.namePrefixes, raw.nameWords)),
    'raw-sql.name.left-join': summarize(sampleEach(q.namePrefixes, raw.nameWordsLeftJoin)),
  };
  const [bestName, best] = Object.entries(plans).sort((a, b) => a[1].p95 - b[1].p95)[0] ?? ['none', core.namePrefixes];
  const ratio = core.namePrefixes.p95 / Math.max(1e-9, best.p95);
  results.push(
    met(
      latency('search.name.prefix', core.namePrefixes, { name: bestName, summary: best }, { target: { p95: TARGETS.prefix }, note: `50 results; target also ratio ≤ ${TARGETS.prefixRatio}` }),
      core.namePrefixes.p95 <= TARGETS.prefix && ratio <= TARGETS.prefixRatio,
    ),
  );
  for (const [name, s] of Object.entries(plans)) results.push(latency(name, s, undefined, { note: 'range, then FTS for one word or an empty range' }));
  results.push(latency('raw-sql.range-only.left-join', summarize(sampleEach(q.namePrefixes, raw.prefixLeftJoin)), undefined, { note: 'the range alone, no FTS top-up' }));
  results.push(rowMapping(q.namePrefixes.map((text) => raw.nameWordsLeftJoin(text) as unknown as DossierListRow[])));
  const wordsRaw = summarize(sampleEach(q.nameWords, raw.nameWords));
  results.push(
    met(latency('search.name.words', core.nameWords, { name: 'raw-sql.name.subquery', summary: wordsRaw }, { target: { p95: TARGETS.words }, note: 'given name alone or out of order (FTS)' }), core.nameWords.p95 <= TARGETS.words),
  );
  return results;
}

/** What turning one fetched row into a results line costs the core (linkage state, timeliness, commune), per row of each answer. */
function rowMapping(answers: readonly DossierListRow[][]): BenchResult {
  const today = REFERENCE_TIME.slice(0, 10);
  const found = answers.filter((rows) => rows.length > 0);
  const times = sampleEach(found, (rows) => rows.map((row) => toDossierRow(row, today)));
  const s = summarize(times.map((ms, i) => (ms * 1000) / (found[i]?.length ?? 1)));
  return { name: 'core.row_mapping', unit: 'us', n: s.n, p50: s.p50, p95: s.p95, p99: s.p99, note: 'per row of each surname-first answer: toDossierRow on the raw rows (no SQL)' };
}

/** Raw SQL only, on another database file (the unencrypted copy). */
function rawOnly(db: Db, q: QueryTexts, suffix: string): BenchResult[] {
  const raw = rawQueries(db);
  return [
    latency(`raw-sql.code${suffix}`, summarize(sampleEach(q.codes, raw.code))),
    latency(`raw-sql.citizen+dossiers${suffix}`, summarize(sampleEach(q.idNumbers, raw.idNumber))),
    latency(`raw-sql.name.prefix${suffix}`, summarize(sampleEach(q.namePrefixes, raw.nameWords))),
    latency(`raw-sql.name.words${suffix}`, summarize(sampleEach(q.nameWords, raw.nameWords))),
  ];
}

/**
 * The desk's lookup figures at full size. The desk core runs in child processes of its
 * own, so their memory figures are the core's alone: one for the first import over HTTP
 * from the simulator (in a third process), one cold start that answers its first lookup
 * and then every sampled query. This process measures the raw baselines on the same
 * (encrypted) file, and on an unencrypted copy.
 */
export async function run(argv: string[], json: boolean): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { dossiers: { type: 'string' }, citizens: { type: 'string' }, queries: { type: 'string' }, 'no-plain': { type: 'boolean' }, keep: { type: 'boolean' } },
    strict: true,
  });
  const parsed = argsSchema.parse({ ...values, plain: !values['no-plain'] });
  const a = { ...parsed, citizens: parsed.citizens ?? Math.ceil(parsed.dossiers / 2) };
  const results: BenchResult[] = [];

  progress(`lookup: simulator with ${a.dossiers} dossiers / ${a.citizens} citizens (generated once into ${WORK})`);
  const sim = await startSimChild({ seed: 42, dossiers: a.dossiers, citizens: a.citizens, dataDir: join(WORK, `sim-${a.dossiers}-${a.citizens}`), referenceTime: REFERENCE_TIME });
  const ws = deskWorkspace(join(WORK, 'work'));
  const extra: Db[] = [];
  try {
    progress('lookup: first import over HTTP (desk core in its own process)');
    const imported = runChildJson('bench/import-child.ts', [ws.dataRoot, ws.configPath, sim.url, String(a.dossiers), String(a.citizens)], importChildSchema);
    await sim.stop();
    const deskPath = join(ws.dataDir, 'desk.sqlite');
    const keyHex = deskKeyHex(ws.dataDir);
    const db = openEncryptedDatabase(deskPath, fileKeyProvider(join(ws.dataDir, 'desk.key'))).db;
    extra.push(db);
    progress('lookup: raw bulk insert baseline');
    const rawInsert = rawBulkInsert(db, join(ws.root, 'raw-insert.sqlite'), keyHex);
    const f = imported.figures;
    results.push(
      met(
        rate('import.dossiers_per_s', f.dossiersPerSecond, { name: 'raw-sql.bulk-insert', value: rawInsert.perSecond }, `HTTP pages of 1000, zod, upsert; indexes and FTS built at the end (so is the baseline); target also ratio ≥ ${TARGETS.importRatio}`),
        f.dossiersPerSecond >= TARGETS.importPerSecond && f.dossiersPerSecond >= TARGETS.importRatio * rawInsert.perSecond,
        { value: TARGETS.importPerSecond },
      ),
    );
    results.push(rate('import.citizens_per_s', f.citizensPerSecond));
    results.push(rate('import.rows_per_cpu_s', f.rowsPerCpuSecond, undefined, `dossiers + citizens per second of the desk process's CPU (${f.cpuSeconds} s)`));
    results.push({ name: 'import.total_time', unit: 's', n: a.dossiers + a.citizens, value: ms(f.seconds) });
    results.push(met({ name: 'import.peak_rss', unit: 'mb', value: imported.memory.peakMb, note: `the importing core process alone; ${imported.memory.rssMb} MB resident when it finished` }, imported.memory.peakMb <= TARGETS.importPeakMb, { value: TARGETS.importPeakMb }));
    db.pragma('wal_checkpoint(TRUNCATE)');
    results.push({ name: 'db.size', unit: 'mb', n: a.dossiers, value: databaseMb(deskPath) });

    const q = sampleQueries(db, a.queries);
    const textsFile = join(ws.root, 'queries.json');
    writeFileSync(textsFile, JSON.stringify(q));
    progress('lookup: raw queries on the same file');
    const raw = rawQueries(db);
    // The core's queries run first in their own cold process; the raw ones then on the same file.
    progress('lookup: cold core open → first lookup, then the sampled queries (core in its own process)');
    const queried = runChildJson('bench/query-child.ts', [ws.dataRoot, ws.configPath, textsFile], queryChildSchema);
    results.push(...queryFigures(queried.summaries, raw, q));
    if (a.plain) {
      progress('lookup: unencrypted copy for the cipher cost');
      const plainPath = join(ws.root, 'plain.sqlite');
      plaintextCopy(db, deskPath, plainPath, keyHex);
      const plain = openDatabase(plainPath, {});
      extra.push(plain);
      results.push(...rawOnly(plain, q, '.unencrypted'));
    }
    const total = ms(queried.totalMs);
    results.push(
      met(
        { name: 'core.open_to_first_lookup', unit: 'ms', n: 1, p50: total, p95: total, p99: total, note: `createCore ${ms(queried.openMs)} ms + first lookup ${ms(queried.firstLookupMs)} ms; ${ms(queried.sinceProcessStartMs)} ms since the process started (module loading included)` },
        total <= TARGETS.openToFirstLookupMs,
        { value: TARGETS.openToFirstLookupMs },
      ),
    );
    const rss = queried.memory.rssMb;
    results.push(met({ name: 'core.rss_after_run', unit: 'mb', value: rss, note: `the core process alone, after every sampled query (peak ${queried.memory.peakMb} MB)` }, rss <= TARGETS.rssMb, { value: TARGETS.rssMb }));
  } finally {
    for (const d of extra) d.close();
    await sim.stop();
    if (!a.keep) ws.remove();
  }
  printReport({ suite: 'lookup', params: { ...a, pageSize: 1000, encrypted: true }, results }, json);
}
