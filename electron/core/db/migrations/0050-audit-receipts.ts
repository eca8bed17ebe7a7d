import type { Migration } from '../migrate';

/**
 * Receipts the portal returned for this PC's audit chain head. A stored receipt pins
 * (seq, hash): a chain rebuilt afterwards no longer matches it.
 */
export const m0050AuditReceipts: Migration = {
  version: 50,
  name: 'audit receipts',
  up(db) {
    db.exec(`
      CREATE TABLE audit_receipt (
        id          INTEGER PRIMARY KEY,
        seq         INTEGER NOT NULL,
        hash        TEXT NOT NULL,
        receipt_id  TEXT NOT NULL UNIQUE,
        received_at TEXT NOT NULL,
        portal      TEXT NOT NULL,
        signature   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_receipt_by_seq ON audit_receipt (seq);
      CREATE TRIGGER audit_receipt_no_update BEFORE UPDATE ON audit_receipt BEGIN SELECT RAISE(ABORT, 'audit receipts are append-only'); END;
      CREATE TRIGGER audit_receipt_no_delete BEFORE DELETE ON audit_receipt BEGIN SELECT RAISE(ABORT, 'audit receipts are append-only'); END;
    `);
  },
};
