import type { Db } from '../connection';

export interface DeskActivityInsert {
  readonly kind: string;
  readonly officerId: string;
  readonly createdAt: string;
  readonly procedureCode: string;
  readonly procedureName: string;
  readonly applicantName: string;
  /** The applicant's identifier when the counter had one, so a data-subject request finds the row. */
  readonly applicantId: string | null;
  readonly payload: string;
}

/** Counter work with no dossier to attach it to: kept on this desk, never sent (see README). */
export function createDeskActivityRepo(db: Db) {
  const insert = db.prepare<[string, string, string, string, string, string, string | null, string], { id: number }>(
    `INSERT INTO desk_activity (kind, officer_id, created_at, procedure_code, procedure_name, applicant_name, applicant_id, payload)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  return {
    insert: (a: DeskActivityInsert): number =>
      (insert.get(a.kind, a.officerId, a.createdAt, a.procedureCode, a.procedureName, a.applicantName, a.applicantId, a.payload) as { id: number }).id,
  };
}
export type DeskActivityRepo = ReturnType<typeof createDeskActivityRepo>;
