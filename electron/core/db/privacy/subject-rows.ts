import type { Db } from '../connection';

export interface SubjectCitizenRow { readonly id: number; readonly body: string; readonly phone: string | null }
export interface SubjectDossierRow { readonly id: number; readonly code: string; readonly procedure_name: string; readonly status: number; readonly received_at: string | null }
export interface SubjectOutboxRow { readonly seq: number; readonly kind: string; readonly dossier_code: string; readonly state: string; readonly created_at: string; readonly payload: string }
export interface SubjectDeskRow { readonly id: number; readonly kind: string; readonly created_at: string; readonly procedure_name: string }
export interface SubjectAuditRow { readonly seq: number; readonly at: string; readonly action: string; readonly officer_id: string }

/** Everything cached about one person, found by their identifier, and the statements that erase it. */
export function createSubjectRows(db: Db) {
  const citizenById = db.prepare<[string], SubjectCitizenRow>('SELECT id, body, phone FROM citizen WHERE id_number = ?');
  const dossiersOf = db.prepare<[string], SubjectDossierRow>(
    'SELECT id, code, procedure_name, status, received_at FROM dossier WHERE applicant_id = ? ORDER BY received_at DESC',
  );
  const outboxOf = db.prepare<[string, string], SubjectOutboxRow>(
    `SELECT seq, kind, dossier_code, state, created_at, payload FROM outbox
     WHERE dossier_code IN (SELECT value FROM json_each(?)) OR instr(payload, ?) > 0 ORDER BY seq`,
  );
  const auditOf = db.prepare<[string, number, string], SubjectAuditRow>(
    `SELECT seq, at, action, officer_id FROM audit
     WHERE subject IN (SELECT value FROM json_each(?)) OR (json_extract(detail, '$.ref') = ? AND action IN ('reveal', 'view_citizen')) OR instr(detail, ?) > 0
     ORDER BY seq`,
  );
  const deskOf = db.prepare<[string], SubjectDeskRow>('SELECT id, kind, created_at, procedure_name FROM desk_activity WHERE applicant_id = ? ORDER BY id');
  // The row still counts in the report and the log book; who it was about does not stay.
  const redactDesk = db.prepare<[string, string]>('UPDATE desk_activity SET applicant_name = ?, applicant_id = NULL WHERE applicant_id = ?');
  const aliasesOf = db.prepare<[string], { provisional: string }>('SELECT provisional FROM code_alias WHERE official IN (SELECT value FROM json_each(?))');
  const redact = db.prepare<[string, number]>('UPDATE outbox SET payload = ? WHERE seq = ?');
  const dropDossier = [
    db.prepare<[number]>('DELETE FROM dossier_name_fts WHERE rowid = ?'),
    db.prepare<[number]>('DELETE FROM dossier_body WHERE id = ?'),
    db.prepare<[number]>('DELETE FROM dossier WHERE id = ?'),
  ];
  const dropCitizen = db.prepare<[number]>('DELETE FROM citizen WHERE id = ?');
  return {
    citizen: (identifier: string): SubjectCitizenRow | null => citizenById.get(identifier) ?? null,
    dossiers: (identifier: string): SubjectDossierRow[] => dossiersOf.all(identifier),
    /** Queued actions on these dossiers, or whose payload names the identifier. */
    outbox: (codes: readonly string[], identifier: string): SubjectOutboxRow[] => outboxOf.all(JSON.stringify(codes), identifier),
    /** Audit rows naming these subjects, revealing or viewing this citizen, or mentioning the identifier. */
    audit: (subjects: readonly string[], citizenRef: number, identifier: string): SubjectAuditRow[] => auditOf.all(JSON.stringify(subjects), citizenRef, identifier),
    /** Work recorded without a dossier (assisted online filing) for this identifier. */
    deskActivity: (identifier: string): SubjectDeskRow[] => deskOf.all(identifier),
    redactDeskActivity: (identifier: string, placeholder: string): number => redactDesk.run(placeholder, identifier).changes,
    provisionalCodesOf: (codes: readonly string[]): string[] => aliasesOf.all(JSON.stringify(codes)).map((a) => a.provisional),
    redactOutbox: (seq: number, payload: string): void => void redact.run(payload, seq),
    dropDossier: (id: number): void => dropDossier.forEach((statement) => statement.run(id)),
    dropCitizen: (id: number): number => dropCitizen.run(id).changes,
  };
}
