import type { Migration } from '../migrate';

/**
 * The applicant's address and VNeID linkage facts as columns of their own. Every results
 * line shows the commune (to tell namesakes apart) and the linkage state; read with
 * json_extract they parsed a whole citizen body per row, which cost a name search of 50
 * rows more than the search itself.
 */
export const m0200CitizenListColumns: Migration = {
  version: 200,
  name: 'citizen address and linkage columns',
  up(db) {
    db.exec(`
      ALTER TABLE citizen ADD COLUMN address TEXT;
      ALTER TABLE citizen ADD COLUMN linkage TEXT;
      UPDATE citizen SET address = json_extract(body, '$.address'), linkage = json_extract(body, '$.linkage');
    `);
  },
};
