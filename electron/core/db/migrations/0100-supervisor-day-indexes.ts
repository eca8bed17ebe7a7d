import type { Migration } from '../migrate';

/**
 * The supervisor's day report reads the dossiers returned and the actions queued in its
 * range. Without these both were full table scans: every cached dossier, every outbox row
 * ever queued (nothing is deleted from it). Returned dossiers only: the index stays out
 * of the way of the many still in progress.
 */
export const m0100SupervisorDayIndexes: Migration = {
  version: 100,
  name: "indexes for the supervisor's day",
  up(db) {
    db.exec(`
      CREATE INDEX dossier_by_returned ON dossier (returned_at) WHERE returned_at IS NOT NULL;
      CREATE INDEX outbox_by_created ON outbox (created_at);
    `);
  },
};
