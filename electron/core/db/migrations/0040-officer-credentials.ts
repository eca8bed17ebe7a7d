import type { Migration } from '../migrate';

/**
 * What offline sign-in needs: a slow-hash verifier per officer who signed in on this
 * PC through the portal (never the password), the roles the portal gave, and until
 * when the verifier may be used. Failed attempts per login name drive the back-off.
 */
export const m0040OfficerCredentials: Migration = {
  version: 40,
  name: 'officer credentials and sign-in back-off',
  up(db) {
    db.exec(`
      CREATE TABLE officer_credential (
        login        TEXT PRIMARY KEY,
        officer_id   TEXT NOT NULL,
        display_name TEXT NOT NULL,
        roles        TEXT NOT NULL,
        verifier     TEXT NOT NULL,
        verified_at  TEXT NOT NULL,
        expires_at   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sign_in_failure (
        login          TEXT PRIMARY KEY,
        failures       INTEGER NOT NULL,
        last_failed_at TEXT NOT NULL,
        blocked_until  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
