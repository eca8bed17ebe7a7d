import type { CipherScheme } from './cipher-scheme';
import type { Db } from './connection';

/**
 * The page cipher the file is written with, kept in the file itself so a change of scheme
 * is explicit: a re-encryption writes the new scheme with the old one and the row counts
 * it checked (`audited` 0), and the next open records that in the audit log once.
 * IF NOT EXISTS: a re-encryption may create it in a database whose migrations have not run yet.
 */
export const STORAGE_CIPHER_TABLE_NAME = 'storage_cipher';
export const STORAGE_CIPHER_TABLE = `CREATE TABLE IF NOT EXISTS ${STORAGE_CIPHER_TABLE_NAME} (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  scheme TEXT NOT NULL,
  previous TEXT,
  changed_at TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}',
  audited INTEGER NOT NULL DEFAULT 1
) STRICT;`;

export interface StorageCipherRecord {
  readonly scheme: string;
  readonly previous: string | null;
  readonly changedAt: string;
}

export function readStorageCipher(db: Db): StorageCipherRecord | null {
  const row = db.prepare<[], { scheme: string; previous: string | null; changed_at: string }>('SELECT scheme, previous, changed_at FROM storage_cipher WHERE id = 1').get();
  return row ? { scheme: row.scheme, previous: row.previous, changedAt: row.changed_at } : null;
}

/** Written into the re-encrypted copy before it replaces the original. */
export function recordCipherChange(db: Db, change: { from: CipherScheme; to: CipherScheme; at: Date; detail: Record<string, number> }): void {
  db.exec(STORAGE_CIPHER_TABLE);
  db.prepare(
    `INSERT INTO storage_cipher (id, scheme, previous, changed_at, detail, audited) VALUES (1, ?, ?, ?, ?, 0)
     ON CONFLICT (id) DO UPDATE SET scheme = excluded.scheme, previous = excluded.previous, changed_at = excluded.changed_at, detail = excluded.detail, audited = 0`,
  ).run(change.to, change.from, change.at.toISOString(), JSON.stringify(change.detail));
}

/** The one audit write this file makes; the audit log (above db) satisfies it. */
export interface CipherChangeAudit {
  append(entry: { officerId: 'system'; action: 'database_reencrypted'; detail: Record<string, unknown> }): unknown;
}

/** After migrations: a scheme change not yet in the audit log goes there, exactly once. */
export function auditCipherChange(db: Db, audit: CipherChangeAudit): void {
  const row = db.prepare<[], { scheme: string; previous: string | null; detail: string }>('SELECT scheme, previous, detail FROM storage_cipher WHERE id = 1 AND audited = 0').get();
  if (!row) return;
  db.transaction(() => {
    audit.append({ officerId: 'system', action: 'database_reencrypted', detail: { from: row.previous, to: row.scheme, ...(JSON.parse(row.detail) as Record<string, unknown>) } });
    db.prepare('UPDATE storage_cipher SET audited = 1 WHERE id = 1').run();
  })();
}
