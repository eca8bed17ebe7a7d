import Database from 'better-sqlite3-multiple-ciphers';

export type SimDb = Database.Database;

/** Bump when the layout or the generator's output changes, so an old data dir is regenerated. */
export const SIM_SCHEMA_VERSION = 3;

const TABLES = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS citizens (id TEXT NOT NULL, updated_ms INTEGER NOT NULL, body TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS dossiers (
  code TEXT NOT NULL, agency TEXT NOT NULL, updated_ms INTEGER NOT NULL, version INTEGER NOT NULL,
  status INTEGER NOT NULL, body TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS counters (agency TEXT NOT NULL, day TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (agency, day)) STRICT;
CREATE TABLE IF NOT EXISTS handling_log (
  seq INTEGER PRIMARY KEY, code TEXT NOT NULL, action TEXT NOT NULL, officer_id TEXT NOT NULL, at_ms INTEGER NOT NULL,
  office_day TEXT NOT NULL, unit TEXT NOT NULL, from_status INTEGER, to_status INTEGER NOT NULL,
  procedure_code TEXT NOT NULL, procedure_name TEXT NOT NULL, applicant TEXT NOT NULL, note TEXT) STRICT;
CREATE TABLE IF NOT EXISTS ledger (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, log_seq INTEGER NOT NULL, idempotency_key TEXT NOT NULL, operation TEXT NOT NULL,
  code TEXT NOT NULL, action TEXT NOT NULL, officer_id TEXT NOT NULL, applied_ms INTEGER NOT NULL,
  from_status INTEGER, to_status INTEGER NOT NULL, version INTEGER NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS idempotency (
  key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, status INTEGER NOT NULL, response TEXT NOT NULL, created_ms INTEGER NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS signed_receipts (
  receipt_id TEXT PRIMARY KEY, officer_id TEXT NOT NULL, device_id TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL,
  received_at TEXT NOT NULL, signature TEXT NOT NULL) STRICT;
CREATE INDEX IF NOT EXISTS signed_receipts_by_device ON signed_receipts (device_id, seq);
`;

/**
 * Built after the bulk load, keys included: inserting random keys into a B-tree that no
 * longer fits the cache is several times slower than building the index by sorting once.
 */
const INDEXES = `
CREATE UNIQUE INDEX IF NOT EXISTS citizens_by_id ON citizens (id);
CREATE UNIQUE INDEX IF NOT EXISTS dossiers_by_code ON dossiers (code);
CREATE INDEX IF NOT EXISTS citizens_by_update ON citizens (updated_ms, id);
CREATE INDEX IF NOT EXISTS dossiers_by_update ON dossiers (updated_ms, code);
CREATE INDEX IF NOT EXISTS log_by_day ON handling_log (unit, office_day, at_ms);
CREATE INDEX IF NOT EXISTS idempotency_by_age ON idempotency (created_ms);
`;

export function openSimDb(path: string): SimDb {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536');
  db.exec(TABLES);
  return db;
}

export const createIndexes = (db: SimDb): void => void db.exec(INDEXES);

export function readMeta(db: SimDb): Record<string, string> {
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export function writeMeta(db: SimDb, values: Record<string, string | number>): void {
  const put = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  db.transaction(() => {
    for (const [k, v] of Object.entries(values)) put.run(k, String(v));
  })();
}
