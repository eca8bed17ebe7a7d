import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { chainHash, GENESIS_HASH } from '../electron/core/audit/canonical';
import { openDatabase } from '../electron/core/db/connection';
import { migrate } from '../electron/core/db/migrate';
import { migrations } from '../electron/core/db/migrations';
import { verifyAuditChain } from '../electron/core/audit/verify';
import { printReport, progress, rate, type BenchResult } from './lib/report';

const argsSchema = z.object({
  rows: z.coerce.number().int().min(100).max(200_000).default(10_000),
  auditRows: z.coerce.number().int().min(1000).max(10_000_000).default(1_000_000),
});
const childSchema = z.object({ buildMs: z.number(), exportMs: z.number(), bytes: z.number(), rows: z.number(), setupRssMb: z.number(), maxRssMb: z.number() });
const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** One export format in its own process, so its peak RSS is its own. */
function exportFigures(format: 'xlsx' | 'csv' | 'pdf', rows: number): BenchResult[] {
  progress(`export: ${format}, ${rows} rows (child process)`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/export-child.ts', format, String(rows)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`export child failed: ${child.stderr}`);
  const r = childSchema.parse(JSON.parse(child.stdout));
  const base = { name: 'export.document.build', value: round(r.buildMs / 1000, 3) };
  return [
    {
      name: `export.${format}.time`, unit: 's', n: r.rows, value: round(r.exportMs / 1000, 3), baseline: base,
      ratio: round(r.exportMs / Math.max(1e-9, r.buildMs), 2),
      note: `includes the audit-chain check, file write and audit row; baseline = reading and merging the rows only${format === 'xlsx' ? '; target ≤ 3 s' : ''}`,
    },
    { name: `export.${format}.peak_rss`, unit: 'mb', n: r.rows, value: round(r.maxRssMb), note: `rss before the export ${round(r.setupRssMb)} MB (data set-up)` },
    { name: `export.${format}.bytes`, unit: 'mb', n: r.rows, value: round(r.bytes / 1_048_576, 2) },
  ];
}

/** Writes `n` chained audit rows in one transaction, as createAuditLog would. */
function seedAudit(path: string, n: number): void {
  const db = openDatabase(path);
  migrate(db, migrations);
  db.pragma('synchronous = OFF');
  const insert = db.prepare('INSERT INTO audit (seq, at, officer_id, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const t0 = Date.parse('2026-01-01T01:00:00.000Z');
  db.transaction(() => {
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= n; seq++) {
      const fields = { seq, at: new Date(t0 + seq * 1000).toISOString(), officerId: `canbo${seq % 12}`, action: 'view_citizen', subject: `0792030${String(seq % 100000).padStart(5, '0')}`, detail: `{"purpose":"counter","n":${seq}}` };
      const hash = chainHash(prev, fields);
      insert.run(fields.seq, fields.at, fields.officerId, fields.action, fields.subject, fields.detail, prev, hash);
      prev = hash;
    }
  })();
  db.close();
}

function auditFigures(n: number): BenchResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-audit-'));
  try {
    progress(`export: seeding ${n} chained audit rows`);
    const path = join(dir, 'desk.sqlite');
    seedAudit(path, n);
    const db = openDatabase(path);
    try {
      progress('export: raw scan (baseline)');
      let t = performance.now();
      let seen = 0;
      for (const row of db.prepare('SELECT seq, at, officer_id, action, subject, detail, prev_hash, hash FROM audit ORDER BY seq').raw(true).iterate()) {
        if (row) seen += 1;
      }
      const scanRate = Math.round(seen / ((performance.now() - t) / 1000));
      progress('export: audit verify');
      t = performance.now();
      const verdict = verifyAuditChain(db);
      const verifyRate = Math.round(verdict.rows / ((performance.now() - t) / 1000));
      if (!verdict.ok || verdict.rows !== n) throw new Error(`verify disagreed: ${JSON.stringify(verdict)}`);
      return [
        { name: 'audit.scan.rows_per_s', unit: 'per_s', n, value: scanRate, note: 'raw SELECT … ORDER BY seq, no hashing' },
        {
          ...rate('audit.verify.rows_per_s', verifyRate, { name: 'audit.scan.rows_per_s', value: scanRate },
            'verifyAuditChain (electron/core/audit/verify.ts): streaming SHA-256 re-chain + receipt check; target ≥ 200,000 rows/s'),
          n,
        },
      ];
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run bench -- export [--json] [--rows N] [--audit-rows N]` */
export async function run(argv: string[], json: boolean): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { rows: { type: 'string' }, 'audit-rows': { type: 'string' } }, strict: true });
  const a = argsSchema.parse({ rows: values.rows, auditRows: values['audit-rows'] });
  const results: BenchResult[] = [];
  for (const format of ['xlsx', 'csv', 'pdf'] as const) results.push(...exportFigures(format, a.rows));
  results.push(...auditFigures(a.auditRows));
  printReport({ suite: 'export', params: a, results }, json);
  return Promise.resolve();
}
