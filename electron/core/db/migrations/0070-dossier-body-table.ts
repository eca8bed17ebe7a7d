import type { Migration } from '../migrate';

/**
 * The full dossier JSON moves out of the searched table. Name, ID and date lookups
 * and every index build then read slim rows (about a fifth of the bytes), and every
 * page read from the encrypted file is decrypted, so fewer pages is faster twice over.
 * The body is read only when a dossier is opened.
 */
export const m0070DossierBodyTable: Migration = {
  version: 70,
  name: 'dossier body in its own table',
  changes: ['column dossier.body'],
  up(db) {
    db.exec(`
      CREATE TABLE dossier_body (
        id   INTEGER PRIMARY KEY REFERENCES dossier (id) ON DELETE CASCADE,
        body TEXT NOT NULL
      ) STRICT;
      INSERT INTO dossier_body (id, body) SELECT id, body FROM dossier;
      ALTER TABLE dossier DROP COLUMN body;
    `);
  },
};
