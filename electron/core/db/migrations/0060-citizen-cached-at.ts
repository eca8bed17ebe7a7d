import type { Migration } from '../migrate';

/**
 * When this PC last received each cached applicant from the portal. Retention counts
 * from here (or from the last use), never from the portal's own update time: a record
 * the portal has not changed for years but that was pulled yesterday is fresh here.
 */
export const m0060CitizenCachedAt: Migration = {
  version: 60,
  name: 'citizen cache: when this PC received each record',
  up(db) {
    db.exec(`
      ALTER TABLE citizen ADD COLUMN cached_at TEXT;
      UPDATE citizen SET cached_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
    `);
  },
};
