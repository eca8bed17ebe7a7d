import type { Migration } from '../migrate';

/**
 * The supervisor's report and log book count VNeID guidance given to walk-ins, which only
 * the audit log records. Every view is audited too, so a range read of guidance alone
 * needs its own partial index instead of scanning the whole log.
 */
export const m0180WalkInGuidanceIndex: Migration = {
  version: 180,
  name: 'walk-in VNeID guidance by time',
  up(db) {
    db.exec(`CREATE INDEX audit_guidance_by_at ON audit (at) WHERE action = 'vneid_guidance';`);
  },
};
