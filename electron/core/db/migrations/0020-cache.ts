import type { Migration } from '../migrate';

/**
 * The local cache of portal data. Each row keeps the columns lookups filter and sort
 * on, plus the full record as JSON for the detail views. Names are stored folded
 * (no diacritics, đ→d, lower case) so "nguyen van a…" is an index range scan;
 * the FTS table serves given-name-only and out-of-order input (PERFORMANCE.md).
 */
export const m0020Cache: Migration = {
  version: 20,
  name: 'dossier and citizen cache, sync state',
  up(db) {
    db.exec(`
      CREATE TABLE dossier (
        id              INTEGER PRIMARY KEY,
        code            TEXT NOT NULL UNIQUE,
        version         INTEGER NOT NULL,
        status          INTEGER NOT NULL,
        procedure_code  TEXT NOT NULL,
        procedure_name  TEXT NOT NULL,
        field_code      TEXT NOT NULL,
        field_name      TEXT NOT NULL,
        applicant_id    TEXT,
        applicant_name  TEXT NOT NULL,
        applicant_fold  TEXT NOT NULL,
        applicant_phone TEXT,
        received_at     TEXT,
        due_at          TEXT,
        returned_at     TEXT,
        updated_at      TEXT NOT NULL,
        body            TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dossier_by_name      ON dossier (applicant_fold, received_at DESC);
      CREATE INDEX dossier_by_applicant ON dossier (applicant_id, received_at DESC) WHERE applicant_id IS NOT NULL;
      CREATE INDEX dossier_by_phone     ON dossier (applicant_phone) WHERE applicant_phone IS NOT NULL;
      CREATE INDEX dossier_by_received  ON dossier (received_at DESC);
      CREATE INDEX dossier_by_due       ON dossier (due_at) WHERE status NOT IN (3, 7, 8, 10);

      CREATE VIRTUAL TABLE dossier_name_fts USING fts5 (
        applicant_fold, content = '', contentless_delete = 1, prefix = '1 2', tokenize = 'unicode61 remove_diacritics 0'
      );

      CREATE TABLE citizen (
        id           INTEGER PRIMARY KEY,
        id_number    TEXT NOT NULL UNIQUE,
        name_fold    TEXT NOT NULL,
        phone        TEXT,
        birth_date   TEXT,
        version      INTEGER NOT NULL,
        updated_at   TEXT NOT NULL,
        last_used_at TEXT,
        body         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX citizen_by_name  ON citizen (name_fold);
      CREATE INDEX citizen_by_phone ON citizen (phone) WHERE phone IS NOT NULL;

      CREATE TABLE sync_state (
        stream        TEXT PRIMARY KEY,
        updated_since TEXT,
        cursor        TEXT,
        import_done   INTEGER NOT NULL DEFAULT 0,
        rows          INTEGER NOT NULL DEFAULT 0,
        last_page_at  TEXT,
        last_success_at TEXT
      ) STRICT;
    `);
  },
};
