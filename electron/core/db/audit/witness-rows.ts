import type { AuditReceipt } from '../../../../shared/portal/results';
import type { Db } from '../connection';

/** What the audit witness check reads: the receipts kept on this PC and the chain's hashes. */
export function createWitnessRows(db: Db) {
  const receipts = db.prepare<[], { seq: number; hash: string; receipt_id: string; received_at: string; signature: string }>(
    'SELECT seq, hash, receipt_id, received_at, signature FROM audit_receipt ORDER BY seq, id',
  );
  const hashAt = db.prepare<[number], { hash: string }>('SELECT hash FROM audit WHERE seq = ?');
  return {
    storedReceipts: (deviceId: string): AuditReceipt[] =>
      receipts.all().map((r) => ({ receiptId: r.receipt_id, deviceId, seq: r.seq, hash: r.hash, receivedAt: r.received_at, signature: r.signature })),
    hashAt: (seq: number): string | null => hashAt.get(seq)?.hash ?? null,
  };
}
