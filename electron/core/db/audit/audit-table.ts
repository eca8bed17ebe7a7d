import type { Db } from '../connection';

/** The fields of an audit row that its hash covers. */
export interface AuditFields {
  readonly seq: number;
  readonly at: string;
  readonly officerId: string;
  readonly action: string;
  readonly subject: string | null;
  readonly detail: string;
}

/** One audit row as stored: the chained fields, the previous row's hash and its own. */
export interface AuditRow extends AuditFields {
  readonly prevHash: string;
  readonly hash: string;
}

/** The audit table: append-only (its triggers refuse updates and deletes). */
export function createAuditTable(db: Db) {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare<[AuditRow]>(
    'INSERT INTO audit (seq, at, officer_id, action, subject, detail, prev_hash, hash) VALUES (@seq, @at, @officerId, @action, @subject, @detail, @prevHash, @hash)',
  );
  return {
    /** The newest row's seq and hash (undefined while the log is empty). */
    last: () => last.get(),
    insert: (row: AuditRow) => void insert.run(row),
  };
}
