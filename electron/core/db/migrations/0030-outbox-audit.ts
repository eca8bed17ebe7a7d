import type { Migration } from '../migrate';

/**
 * The outbox (counter actions waiting for the portal) and the hash-chained audit log.
 * Outbox order is `seq` (enqueue order), never a timestamp. Nothing is ever deleted
 * from either table; the audit table refuses UPDATE and DELETE outright.
 */
export const m0030OutboxAudit: Migration = {
  version: 30,
  name: 'outbox and audit log',
  up(db) {
    db.exec(`
      CREATE TABLE outbox (
        seq              INTEGER PRIMARY KEY AUTOINCREMENT,
        idem_key         TEXT NOT NULL UNIQUE,
        kind             TEXT NOT NULL,
        dossier_code     TEXT NOT NULL,
        based_on_seq     INTEGER REFERENCES outbox (seq),
        expected_version INTEGER,
        payload          TEXT NOT NULL,
        officer_id       TEXT NOT NULL,
        state            TEXT NOT NULL CHECK (state IN ('waiting', 'sending', 'delivered', 'conflict', 'rejected', 'withdrawn')),
        attempts         INTEGER NOT NULL DEFAULT 0,
        next_attempt_at  TEXT,
        last_error       TEXT,
        created_at       TEXT NOT NULL,
        delivered_at     TEXT,
        result_version   INTEGER,
        result           TEXT
      ) STRICT;
      CREATE INDEX outbox_open ON outbox (dossier_code, seq) WHERE state NOT IN ('delivered', 'withdrawn');
      CREATE INDEX outbox_state ON outbox (state, seq);

      CREATE TABLE outbox_event (
        id      INTEGER PRIMARY KEY,
        seq     INTEGER NOT NULL REFERENCES outbox (seq),
        at      TEXT NOT NULL,
        event   TEXT NOT NULL,
        detail  TEXT
      ) STRICT;
      CREATE INDEX outbox_event_by_action ON outbox_event (seq, id);

      -- Provisional intake numbers (TMP-…) and the official codes they became: receipts
      -- printed offline carry the TMP number, so lookups must still find the dossier.
      CREATE TABLE code_alias (
        provisional TEXT PRIMARY KEY,
        official    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit (
        seq        INTEGER PRIMARY KEY,
        at         TEXT NOT NULL,
        officer_id TEXT NOT NULL,
        action     TEXT NOT NULL,
        subject    TEXT,
        detail     TEXT NOT NULL,
        prev_hash  TEXT NOT NULL,
        hash       TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
    `);
  },
};
