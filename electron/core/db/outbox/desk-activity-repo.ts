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
  // Name and identifier go, the row stays: it still counts in the report and the log book.
  const redactBefore = db.prepare<[string, string, string, string]>(
    `UPDATE desk_activity SET applicant_name = ?, applicant_id = NULL
     WHERE created_at < ? AND (applicant_id IS NOT NULL OR applicant_name NOT IN (?, ?))`,
  );
  return {
    /** Redacts the applicant of rows recorded before `cutoff` (ISO) not redacted yet; `erased` is the data-subject erase's placeholder. */
    redactBefore: (cutoff: string, placeholder: string, erased: string): number => redactBefore.run(placeholder, cutoff, placeholder, erased).changes,
    insert: (a: DeskActivityInsert): number =>
      (insert.get(a.kind, a.officerId, a.createdAt, a.procedureCode, a.procedureName, a.applicantName, a.applicantId, a.payload) as { id: number }).id,
  };
}
export type DeskActivityRepo = ReturnType<typeof createDeskActivityRepo>;
