import type { Dossier } from '../../../../shared/domain/dossier';
import { foldForSearch } from '../../../../shared/domain/text-fold';
import type { Db } from '../connection';

/** Writes portal dossiers into the cache, keeping the name index and FTS in step. */
export function createDossierStore(db: Db) {
  const findId = db.prepare<[string], { id: number }>('SELECT id FROM dossier WHERE code = ?');
  const insert = db.prepare(`
    INSERT INTO dossier (code, version, status, procedure_code, procedure_name, field_code, field_name,
      applicant_id, applicant_name, applicant_fold, applicant_phone, received_at, due_at, returned_at, updated_at, body)
    VALUES (@code, @version, @status, @procedureCode, @procedureName, @fieldCode, @fieldName,
      @applicantId, @applicantName, @applicantFold, @applicantPhone, @receivedAt, @dueAt, @returnedAt, @updatedAt, @body)`);
  const update = db.prepare(`
    UPDATE dossier SET version = @version, status = @status, procedure_code = @procedureCode, procedure_name = @procedureName,
      field_code = @fieldCode, field_name = @fieldName, applicant_id = @applicantId, applicant_name = @applicantName,
      applicant_fold = @applicantFold, applicant_phone = @applicantPhone, received_at = @receivedAt, due_at = @dueAt,
      returned_at = @returnedAt, updated_at = @updatedAt, body = @body
    WHERE id = @id AND version <= @version`);
  const bodyByCode = db.prepare<[string], { body: string }>('SELECT body FROM dossier WHERE code = ?');
  const ftsInsert = db.prepare<[number, string]>('INSERT INTO dossier_name_fts (rowid, applicant_fold) VALUES (?, ?)');
  const ftsDelete = db.prepare<[number]>('DELETE FROM dossier_name_fts WHERE rowid = ?');

  const columns = (d: Dossier) => ({
    code: d.code,
    version: d.version,
    status: d.status,
    procedureCode: d.procedure.code,
    procedureName: d.procedure.name,
    fieldCode: d.field.code,
    fieldName: d.field.name,
    applicantId: d.applicant.idNumber,
    applicantName: d.applicant.name,
    applicantFold: foldForSearch(d.applicant.name),
    applicantPhone: d.applicant.phone,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    returnedAt: d.returnedAt,
    updatedAt: d.updatedAt,
    body: JSON.stringify(d),
  });

  return {
    /**
     * Upserts one dossier; an older version never overwrites a newer one.
     * `indexNames` false skips FTS upkeep during the first import (rebuilt once at the end).
     */
    put(d: Dossier, indexNames = true): void {
      const values = columns(d);
      const existing = findId.get(d.code);
      if (!existing) {
        const id = Number(insert.run(values).lastInsertRowid);
        if (indexNames) ftsInsert.run(id, values.applicantFold);
        return;
      }
      const changed = update.run({ ...values, id: existing.id }).changes > 0;
      if (changed && indexNames) {
        ftsDelete.run(existing.id);
        ftsInsert.run(existing.id, values.applicantFold);
      }
    },
    /** Rebuilds the name FTS from the dossier table (after a first import). */
    rebuildNameIndex(): void {
      db.exec(`DELETE FROM dossier_name_fts; INSERT INTO dossier_name_fts (rowid, applicant_fold) SELECT id, applicant_fold FROM dossier;`);
    },
    body: (code: string): string | undefined => bodyByCode.get(code)?.body,
    count: (): number => (db.prepare('SELECT count(*) AS n FROM dossier').get() as { n: number }).n,
  };
}
export type DossierStore = ReturnType<typeof createDossierStore>;
