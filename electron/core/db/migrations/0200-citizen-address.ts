import type { Migration } from '../migrate';

/**
 * The applicant's address as its own column. Every results line shows it to tell namesakes
 * apart; read with json_extract it parsed a whole citizen body per row, which cost a name
 * search of 50 rows more than the search itself.
 */
export const m0200CitizenAddress: Migration = {
  version: 200,
  name: 'citizen address column',
  up(db) {
    db.exec(`
      ALTER TABLE citizen ADD COLUMN address TEXT;
      UPDATE citizen SET address = json_extract(body, '$.address');
    `);
  },
};
