import type { Db } from '../connection';

/** A portal's receipt for one chain head, as this desk keeps it. */
export interface StoredReceipt {
  readonly seq: number;
  readonly hash: string;
  readonly receiptId: string;
  readonly receivedAt: string;
  readonly portal: string;
}

export function createReceiptTable(db: Db) {
  const latest = db.prepare<[], { seq: number; hash: string; receipt_id: string; received_at: string; portal: string }>(
    'SELECT seq, hash, receipt_id, received_at, portal FROM audit_receipt ORDER BY seq DESC, id DESC LIMIT 1',
  );
  const keep = db.prepare<[number, string, string, string, string, string]>(
    'INSERT OR IGNORE INTO audit_receipt (seq, hash, receipt_id, received_at, portal, signature) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    latest(): StoredReceipt | null {
      const row = latest.get();
      return row ? { seq: row.seq, hash: row.hash, receiptId: row.receipt_id, receivedAt: row.received_at, portal: row.portal } : null;
    },
    keep: (receipt: StoredReceipt & { readonly signature: string }) =>
      void keep.run(receipt.seq, receipt.hash, receipt.receiptId, receipt.receivedAt, receipt.portal, receipt.signature),
  };
}
export type ReceiptTable = ReturnType<typeof createReceiptTable>;
