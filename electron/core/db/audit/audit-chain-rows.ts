import type { Db } from '../connection';

export type RawAuditRow = [seq: number, at: string, officerId: string, action: string, subject: string | null, detail: string, prevHash: string, hash: string];

/** What a chain verification reads, streamed in seq order. A database from before receipts has no receipt table. */
export function createAuditChainRows(db: Db) {
  const hasReceipts = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_receipt'").get() !== undefined;
  const receipts = hasReceipts ? db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_receipt ORDER BY seq') : null;
  const rows = db.prepare('SELECT seq, at, officer_id, action, subject, detail, prev_hash, hash FROM audit ORDER BY seq').raw(true);
  return {
    receipts: (): Iterable<{ seq: number; hash: string }> => receipts?.iterate() ?? [],
    rows: () => rows.iterate() as IterableIterator<RawAuditRow>,
  };
}
