import type { Migration } from '../migrate';

/**
 * The receiving centre and the competent unit, two facts since 01/07/2025, as columns of
 * the searched table (the report and the log book read them without opening bodies).
 * Backfill in one set-based statement: a body written before this step names only its
 * handling unit, which is the competent unit; where it was received was never recorded
 * (NULL). The bodies themselves stay as they are: the reader upgrades them (cached-dossier.ts).
 *
 * Also the counter's work that has no dossier to attach to (assisted online filing after a
 * refused paper intake): recorded and audited on this desk, never queued for the portal.
 */
export const m0160DossierUnits: Migration = {
  version: 160,
  name: 'receiving centre and competent unit of cached dossiers; desk activity without a dossier',
  up(db) {
    db.exec(`
      ALTER TABLE dossier ADD COLUMN receiving_centre_code TEXT;
      ALTER TABLE dossier ADD COLUMN receiving_centre_name TEXT;
      ALTER TABLE dossier ADD COLUMN competent_unit_code TEXT;
      ALTER TABLE dossier ADD COLUMN competent_unit_name TEXT;
      UPDATE dossier SET competent_unit_code = (SELECT json_extract(b.body, '$.handlingUnit') FROM dossier_body b WHERE b.id = dossier.id);
      CREATE TABLE desk_activity (
        id             INTEGER PRIMARY KEY,
        kind           TEXT NOT NULL,
        officer_id     TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        procedure_code TEXT NOT NULL,
        procedure_name TEXT NOT NULL,
        applicant_name TEXT NOT NULL,
        applicant_id   TEXT,
        payload        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX desk_activity_by_time ON desk_activity (created_at);
      CREATE INDEX desk_activity_by_applicant ON desk_activity (applicant_id) WHERE applicant_id IS NOT NULL;
    `);
  },
};
