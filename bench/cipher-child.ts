import { rmSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { CIPHER_SCHEMES, type CipherScheme } from '../electron/core/db/cipher-scheme';
import { createCitizenStore } from '../electron/core/db/cache/citizen-store';
import { createDossierStore } from '../electron/core/db/cache/dossier-store';
import { openDatabase, type Db } from '../electron/core/db/connection';
import { migrate } from '../electron/core/db/migrate';
import { migrations } from '../electron/core/db/migrations';
import { citizenFromWire, dossierFromWire } from '../shared/portal/map';
import { citizenWireSchema } from '../shared/portal/citizen-wire';
import { dossierWireSchema } from '../shared/portal/dossier-wire';
import { rawQueries, sampleQueries } from './lookup-queries';
import { sampleEach } from './lib/sample-sync';
import { summarize } from './lib/stats';

/**
 * Child process of the cipher suite: one scheme, a fresh database with the desk's own
 * schema and write path (pages of 1,000 in one transaction each, secondary indexes and
 * name FTS built at the end, as the first import does), then checkpoint and lookups.
 * Prints one JSON line; its peak RSS is this scheme's alone.
 */
const schemeNames = ['plaintext', ...Object.keys(CIPHER_SCHEMES)] as [string, ...string[]];
const argsSchema = z.object({
  scheme: z.enum(schemeNames),
  source: z.string().min(1),
  target: z.string().min(1),
  dossiers: z.coerce.number().int().min(100),
  citizens: z.coerce.number().int().min(50),
  queries: z.coerce.number().int().min(100),
  tempStore: z.enum(['memory', 'file']).default('memory'),
});
const { values } = parseArgs({
  options: { scheme: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, dossiers: { type: 'string' }, citizens: { type: 'string' }, queries: { type: 'string' }, 'temp-store': { type: 'string' } },
  strict: true,
});
const a = argsSchema.parse({ ...values, tempStore: values['temp-store'] });
const KEY_HEX = '6f'.repeat(32);
const cipher = a.scheme === 'plaintext' ? undefined : (a.scheme as CipherScheme);
const open = (): Db => openDatabase(a.target, cipher ? { keyHex: KEY_HEX, cipher } : {});

for (const suffix of ['', '-wal', '-shm']) rmSync(`${a.target}${suffix}`, { force: true });
const source = new Database(a.source, { readonly: true });
const db = open();
// The desk keeps temp files in memory; 'file' measures what that setting costs.
if (a.tempStore === 'file') db.pragma('temp_store = FILE');
migrate(db, migrations);
const dossiers = createDossierStore(db);
const citizens = createCitizenStore(db);

/** Reads and parses the simulator's rows page by page (untimed); times only each page's transaction. */
function load<T>(table: 'dossiers' | 'citizens', limit: number, parse: (body: string) => T, put: (row: T) => void): number {
  const page = source.prepare<[number, number], { rowid: number; body: string }>(`SELECT rowid, body FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ?`);
  const write = db.transaction((rows: T[]) => rows.forEach(put));
  let after = 0;
  let done = 0;
  let ms = 0;
  while (done < limit) {
    const rows = page.all(after, Math.min(1000, limit - done));
    if (rows.length === 0) break;
    after = rows[rows.length - 1]?.rowid ?? after;
    const parsed = rows.map((r) => parse(r.body));
    const t = performance.now();
    write(parsed);
    ms += performance.now() - t;
    done += rows.length;
  }
  return ms;
}

db.transaction(() => {
  dossiers.beginBulk();
  citizens.beginBulk();
})();
const citizenMs = load('citizens', a.citizens, (body) => citizenFromWire(citizenWireSchema.parse(JSON.parse(body))), citizens.putBulk);
const dossierMs = load('dossiers', a.dossiers, (body) => dossierFromWire(dossierWireSchema.parse(JSON.parse(body))), (d) => dossiers.putBulk(d));
let t = performance.now();
db.transaction(() => {
  dossiers.finishBulk();
  citizens.finishBulk();
})();
const indexMs = performance.now() - t;
t = performance.now();
db.pragma('wal_checkpoint(TRUNCATE)');
const checkpointMs = performance.now() - t;

const q = sampleQueries(db, a.queries);
const raw = rawQueries(db);
const code = summarize(sampleEach(q.codes, raw.code));
const idNumber = summarize(sampleEach(q.idNumbers, raw.idNumber));
const namePrefix = summarize(sampleEach(q.namePrefixes, raw.nameWords));
const nameWords = summarize(sampleEach(q.nameWords, raw.nameWords));
db.close();

// A fresh connection (OS cache warm, SQLite cache cold): open, key, first answer.
t = performance.now();
const again = open();
rawQueries(again).code(q.codes[0] ?? '');
const reopenMs = performance.now() - t;
again.close();
source.close();

const rows = a.dossiers + a.citizens;
process.stdout.write(
  `${JSON.stringify({
    scheme: a.scheme,
    tempStore: a.tempStore,
    dossiersPerSecond: Math.round(a.dossiers / (dossierMs / 1000)),
    citizensPerSecond: Math.round(a.citizens / (citizenMs / 1000)),
    importPerSecond: Math.round(a.dossiers / ((dossierMs + citizenMs + indexMs) / 1000)),
    indexSeconds: Math.round(indexMs) / 1000,
    checkpointMs: Math.round(checkpointMs * 10) / 10,
    code, idNumber, namePrefix, nameWords,
    reopenFirstLookupMs: Math.round(reopenMs * 100) / 100,
    sizeMb: Math.round(statSync(a.target).size / 1e5) / 10,
    rows,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
for (const suffix of ['', '-wal', '-shm']) rmSync(`${a.target}${suffix}`, { force: true });
