import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ReadyCore } from '../electron/core/core';
import type { Db } from '../electron/core/db/connection';
import { openDatabase } from '../electron/core/db/connection';
import { migrate } from '../electron/core/db/migrate';
import { migrations } from '../electron/core/db/migrations';
import { dropSecondaryIndexes, ensureSecondaryIndexes } from '../electron/core/db/cache/bulk-indexes';
import { progress } from './lib/report';

export interface ImportFigures {
  readonly seconds: number;
  readonly dossiersPerSecond: number;
  readonly citizensPerSecond: number;
  /** Rows (dossiers + citizens) per second of this process's CPU time: steadier than wall time on a shared machine. */
  readonly rowsPerCpuSecond: number;
  readonly cpuSeconds: number;
}

/** First import through the core (HTTP pages → zod → cache), timed per stream from the engine's progress events. */
export async function firstImport(core: ReadyCore, dossiers: number, citizens: number): Promise<ImportFigures> {
  const marks: { dossiersFrom?: { t: number; rows: number } } = {};
  let lastShown = 0;
  const off = core.events.onAny((name, payload) => {
    if (name !== 'sync.status') return;
    const pulling = (payload as { pulling: { stream: string; rows: number } | null }).pulling;
    if (!pulling) return;
    if (pulling.stream === 'dossiers' && !marks.dossiersFrom) marks.dossiersFrom = { t: performance.now(), rows: pulling.rows };
    const done = pulling.stream === 'dossiers' ? citizens + pulling.rows : pulling.rows;
    if (done - lastShown >= (dossiers + citizens) / 10) {
      lastShown = done;
      progress(`lookup: imported ${pulling.rows} ${pulling.stream}`);
    }
  });
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await core.start();
  const engine = core.sync();
  if (!engine) throw new Error('the sync engine did not start');
  const pulled = await engine.pullNow();
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  off();
  if (!pulled || pulled.dossiers < dossiers || pulled.citizens < citizens) throw new Error(`import incomplete: ${JSON.stringify(pulled)}`);
  const from = marks.dossiersFrom ?? { t: t0, rows: 0 };
  const dossierSeconds = (t1 - from.t) / 1000;
  const citizenSeconds = (from.t - t0) / 1000;
  return {
    seconds: (t1 - t0) / 1000,
    dossiersPerSecond: Math.round((dossiers - from.rows) / dossierSeconds),
    citizensPerSecond: Math.round(citizens / Math.max(1e-3, citizenSeconds)),
    rowsPerCpuSecond: Math.round((dossiers + citizens) / cpuSeconds),
    cpuSeconds: Math.round(cpuSeconds * 10) / 10,
  };
}

export const deskKeyHex = (dataDir: string): string => readFileSync(join(dataDir, 'desk.key'), 'utf8').trim();

/**
 * Baseline: the same rows inserted with raw prepared statements into a fresh database
 * with the same schema, cipher and pragmas, the best plan we know for a bulk load:
 * secondary indexes dropped, 1,000 rows per transaction, indexes and FTS built at the
 * end. Only the inserts and the build are timed (no HTTP, no parsing).
 */
export function rawBulkInsert(source: Db, targetPath: string, keyHex: string | undefined): { perSecond: number; seconds: number } {
  const target = openDatabase(targetPath, keyHex === undefined ? {} : { keyHex });
  try {
    migrate(target, migrations);
    dropSecondaryIndexes(target, 'dossier');
    const cols = 'code, version, status, procedure_code, procedure_name, field_code, field_name, applicant_id, applicant_name, applicant_fold, applicant_phone, received_at, due_at, returned_at, updated_at';
    const read = source.prepare<[number], unknown[]>(`SELECT d.id, ${cols}, b.body FROM dossier d JOIN dossier_body b ON b.id = d.id WHERE d.id > ? ORDER BY d.id LIMIT 1000`).raw();
    const insert = target.prepare(`INSERT INTO dossier (${cols}) VALUES (${cols.split(',').map(() => '?').join(',')})`);
    const insertBody = target.prepare('INSERT INTO dossier_body (id, body) VALUES (?, ?)');
    const insertPage = target.transaction((rows: unknown[][]) => {
      for (const r of rows) {
        const id = insert.run(...r.slice(1, -1)).lastInsertRowid;
        insertBody.run(id, r[r.length - 1]);
      }
    });
    let after = 0;
    let rows = 0;
    let ms = 0;
    for (;;) {
      const page = read.all(after);
      if (page.length === 0) break;
      after = Number(page[page.length - 1]?.[0]);
      const t = performance.now();
      insertPage(page);
      ms += performance.now() - t;
      rows += page.length;
    }
    const t = performance.now();
    target.transaction(() => {
      ensureSecondaryIndexes(target, 'dossier');
      target.exec('INSERT INTO dossier_name_fts (rowid, applicant_fold) SELECT id, applicant_fold FROM dossier');
    })();
    ms += performance.now() - t;
    return { perSecond: Math.round(rows / (ms / 1000)), seconds: ms / 1000 };
  } finally {
    target.close();
  }
}
