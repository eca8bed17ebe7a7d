import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CIPHER_SCHEMES, CURRENT_CIPHER } from '../electron/core/db/cipher-scheme';
import { latency, printReport, progress, rate, type BenchResult } from './lib/report';
import { startSimChild } from './lib/sim-child';

const argsSchema = z.object({
  dossiers: z.coerce.number().int().min(1000).max(2_000_000).default(100_000),
  citizens: z.coerce.number().int().min(500).max(1_000_000).optional(),
  queries: z.coerce.number().int().min(100).max(100_000).default(2000),
});
const summarySchema = z.object({ n: z.number(), p50: z.number(), p95: z.number(), p99: z.number(), mean: z.number(), min: z.number(), max: z.number() });
const childSchema = z.object({
  scheme: z.string(),
  tempStore: z.enum(['memory', 'file']),
  dossiersPerSecond: z.number(),
  citizensPerSecond: z.number(),
  importPerSecond: z.number(),
  indexSeconds: z.number(),
  checkpointMs: z.number(),
  code: summarySchema,
  idNumber: summarySchema,
  namePrefix: summarySchema,
  nameWords: summarySchema,
  reopenFirstLookupMs: z.number(),
  sizeMb: z.number(),
  rows: z.number(),
  maxRssMb: z.number(),
});
type ChildResult = z.infer<typeof childSchema>;

const WORK = join('.tmp', 'bench');
const REFERENCE_TIME = '2026-06-15T03:00:00.000Z';
/** Every scheme the driver offers with a MAC, against plaintext. */
const SCHEMES = ['plaintext', ...Object.keys(CIPHER_SCHEMES)];

function runChild(scheme: string, a: { dossiers: number; citizens: number; queries: number }, source: string, tempStore: 'memory' | 'file' = 'memory'): ChildResult {
  progress(`cipher: ${scheme}${tempStore === 'file' ? ' (temp_store=FILE)' : ''}, ${a.dossiers} dossiers / ${a.citizens} citizens (child process)`);
  const args = ['--import', 'tsx', 'bench/cipher-child.ts', `--scheme=${scheme}`, `--source=${source}`, `--target=${join(WORK, 'cipher-target.sqlite')}`,
    `--dossiers=${a.dossiers}`, `--citizens=${a.citizens}`, `--queries=${a.queries}`, `--temp-store=${tempStore}`];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 22 });
  if (child.status !== 0) throw new Error(`cipher child (${scheme}) failed: ${child.stderr}`);
  return childSchema.parse(JSON.parse(child.stdout));
}

const ratio = (value: number, base: number): number => Math.round((value / Math.max(1e-9, base)) * 100) / 100;

/** One scheme's figures, each against plaintext from the same run. */
function figures(r: ChildResult, plain: ChildResult, suffix = ''): BenchResult[] {
  const name = (what: string) => `${r.scheme}${suffix}.${what}`;
  const base = (what: string) => `plaintext.${what}`;
  return [
    rate(name('insert.dossiers_per_s'), r.dossiersPerSecond, { name: base('insert.dossiers_per_s'), value: plain.dossiersPerSecond }, 'desk write path, pages of 1000, secondary indexes dropped'),
    rate(name('insert.citizens_per_s'), r.citizensPerSecond, { name: base('insert.citizens_per_s'), value: plain.citizensPerSecond }),
    rate(name('import.dossiers_per_s'), r.importPerSecond, { name: base('import.dossiers_per_s'), value: plain.importPerSecond }, 'dossiers over all insert time + index and FTS build'),
    { name: name('index_build'), unit: 's', value: r.indexSeconds, baseline: { name: base('index_build'), value: plain.indexSeconds }, ratio: ratio(r.indexSeconds, plain.indexSeconds) },
    { name: name('checkpoint'), unit: 's', value: r.checkpointMs / 1000, note: 'wal_checkpoint(TRUNCATE) after the import' },
    latency(name('lookup.code'), r.code, { name: base('lookup.code'), summary: plain.code }),
    latency(name('lookup.idNumber'), r.idNumber, { name: base('lookup.idNumber'), summary: plain.idNumber }, { note: 'citizen + up to 50 dossiers' }),
    latency(name('name.range'), r.namePrefix, { name: base('name.range'), summary: plain.namePrefix }, { note: 'surname-first prefix, 50 rows' }),
    latency(name('name.words'), r.nameWords, { name: base('name.words'), summary: plain.nameWords }, { note: 'given name alone / out of order (FTS)' }),
    { name: name('reopen_first_lookup'), unit: 'ms' as const, n: 1, p50: r.reopenFirstLookupMs, p95: r.reopenFirstLookupMs, p99: r.reopenFirstLookupMs, note: 'new connection: open, key, first code lookup' },
    { name: name('db.size'), unit: 'mb', value: r.sizeMb },
    { name: name('process.max_rss'), unit: 'mb', value: r.maxRssMb, note: 'peak RSS of the child (import + lookups)' },
  ];
}

/**
 * Plaintext and every authenticated page cipher side by side, each in its own child
 * process over the same simulator rows, on the desk's schema and write path. Names the
 * fastest authenticated scheme by import rate, and what temp_store=MEMORY costs.
 */
export async function run(argv: string[], json: boolean): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { dossiers: { type: 'string' }, citizens: { type: 'string' }, queries: { type: 'string' } }, strict: true });
  const parsed = argsSchema.parse(values);
  const a = { ...parsed, citizens: parsed.citizens ?? Math.ceil(parsed.dossiers / 2) };
  mkdirSync(WORK, { recursive: true });
  const simDir = join(WORK, `sim-${a.dossiers}-${a.citizens}`);
  progress(`cipher: simulator rows (generated once into ${simDir})`);
  const sim = await startSimChild({ seed: 42, dossiers: a.dossiers, citizens: a.citizens, dataDir: simDir, referenceTime: REFERENCE_TIME });
  await sim.stop();
  const source = join(simDir, 'portal-sim.sqlite');

  const runs = SCHEMES.map((scheme) => runChild(scheme, a, source));
  const plain = runs[0];
  if (!plain) throw new Error('no plaintext run');
  const results: BenchResult[] = runs.flatMap((r) => figures(r, plain));
  const authenticated = runs.filter((r) => r.scheme !== 'plaintext').sort((x, y) => y.importPerSecond - x.importPerSecond);
  const fastest = authenticated[0];
  const current = runs.find((r) => r.scheme === CURRENT_CIPHER);
  if (fastest && current) {
    results.push({
      name: 'cipher.fastest_authenticated', unit: 'per_s', value: fastest.importPerSecond,
      baseline: { name: `${CURRENT_CIPHER} (adopted)`, value: current.importPerSecond },
      ratio: ratio(fastest.importPerSecond, current.importPerSecond),
      note: `fastest by import rate: ${fastest.scheme}; order ${authenticated.map((r) => r.scheme).join(' > ')}`,
    });
  }
  // What keeping sorters and temp tables in memory costs the import, on the adopted scheme.
  const fileTemp = runChild(CURRENT_CIPHER, a, source, 'file');
  if (current) {
    results.push(
      rate(`${CURRENT_CIPHER}.temp_store_memory.import.dossiers_per_s`, current.importPerSecond, { name: 'temp_store=FILE', value: fileTemp.importPerSecond }),
      { name: `${CURRENT_CIPHER}.temp_store_memory.index_build`, unit: 's', value: current.indexSeconds, baseline: { name: 'temp_store=FILE', value: fileTemp.indexSeconds }, ratio: ratio(current.indexSeconds, fileTemp.indexSeconds) },
      { name: `${CURRENT_CIPHER}.temp_store_memory.process.max_rss`, unit: 'mb', value: current.maxRssMb, baseline: { name: 'temp_store=FILE', value: fileTemp.maxRssMb }, ratio: ratio(current.maxRssMb, fileTemp.maxRssMb), note: 'peak RSS, import + lookups' },
    );
  }
  printReport({ suite: 'cipher', params: { ...a, adopted: CURRENT_CIPHER, pageSize: 1000 }, results }, json);
}
