import type { Migration } from '../migrate';

export const m0010Prefs: Migration = {
  version: 10,
  name: 'officer preferences',
  up(db) {
    db.exec(`
      CREATE TABLE prefs (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
