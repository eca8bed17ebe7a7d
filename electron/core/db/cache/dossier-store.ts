import type { Dossier } from '../../../../shared/domain/dossier';
import { foldForSearch } from '../../../../shared/domain/text-fold';
import type { Db } from '../connection';
import { dropSecondaryIndexes, ensureSecondaryIndexes } from './bulk-indexes';

const COLUMNS = `code, version, status, procedure_code, procedure_name, field_code, field_name,
  applicant_id, applicant_name, applicant_fold, applicant_phone, received_at, due_at, returned_at, updated_at,
  receiving_centre_code, receiving_centre_name, competent_unit_code, competent_unit_name`;
const PLACEHOLDERS = '?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?';
/** An older version never overwrites a newer one. */
const UPSERT = `INSERT INTO dossier (${COLUMNS}) VALUES (${PLACEHOLDERS})
  ON CONFLICT (code) DO UPDATE SET version = excluded.version, status = excluded.status, procedure_code = excluded.procedure_code,
    procedure_name = excluded.procedure_name, field_code = excluded.field_code, field_name = excluded.field_name,
    applicant_id = excluded.applicant_id, applicant_name = excluded.applicant_name, applicant_fold = excluded.applicant_fold,
    applicant_phone = excluded.applicant_phone, received_at = excluded.received_at, due_at = excluded.due_at,
    returned_at = excluded.returned_at, updated_at = excluded.updated_at,
    receiving_centre_code = excluded.receiving_centre_code, receiving_centre_name = excluded.receiving_centre_name,
    competent_unit_code = excluded.competent_unit_code, competent_unit_name = excluded.competent_unit_name
  WHERE dossier.version <= excluded.version
  RETURNING id`;

type Row = [
  string, number, number, string, string, string, string, string | null, string, string, string | null, string | null, string | null, string | null, string,
  string | null, string | null, string, string,
];

/** Positional values: binding by name costs measurably more at a million rows. */
const columns = (d: Dossier, fold: string): Row => [
  d.code,
  d.version,
  d.status,
  d.procedure.code,
  d.procedure.name,
  d.field.code,
  d.field.name,
  d.applicant.idNumber,
  d.applicant.name,
  fold,
  d.applicant.phone,
  d.receivedAt,
  d.dueAt,
  d.returnedAt,
  d.updatedAt,
  d.receivingCentre?.code ?? null,
  d.receivingCentre?.name ?? null,
  d.competentUnit.code,
  d.competentUnit.name,
];

/**
 * Writes portal dossiers into the cache: the searched columns in `dossier`, the full
 * record as JSON in `dossier_body` (read only when a dossier is opened), and the name
 * FTS kept in step.
 */
export function createDossierStore(db: Db) {
  const findId = db.prepare<[string], { id: number; version: number }>('SELECT id, version FROM dossier WHERE code = ?');
  const upsert = db.prepare<Row, { id: number }>(UPSERT);
  const putBody = db.prepare<[number, string]>('INSERT INTO dossier_body (id, body) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body');
  const bodyByCode = db.prepare<[string], { body: string }>('SELECT b.body FROM dossier d JOIN dossier_body b ON b.id = d.id WHERE d.code = ?');
  const ftsInsert = db.prepare<[number, string]>('INSERT INTO dossier_name_fts (rowid, applicant_fold) VALUES (?, ?)');
  const ftsDelete = db.prepare<[number]>('DELETE FROM dossier_name_fts WHERE rowid = ?');

  /** Upserts the row and its body; the row id when it was written, null when ours was newer. */
  function write(d: Dossier, fold: string): number | null {
    const written = upsert.get(...columns(d, fold));
    if (!written) return null;
    putBody.run(written.id, JSON.stringify(d));
    return written.id;
  }

  return {
    /** Upserts one dossier, keeping the name FTS in step. */
    put(d: Dossier): void {
      const fold = foldForSearch(d.applicant.name);
      const before = findId.get(d.code);
      if (before && before.version > d.version) return;
      const id = write(d, fold);
      if (id === null) return;
      if (before) ftsDelete.run(id);
      ftsInsert.run(id, fold);
    },
    /**
     * First import: call inside each page's transaction before `putBulk`. Drops the
     * secondary indexes (a no-op once dropped, so a resumed import keeps going).
     */
    beginBulk: (): void => dropSecondaryIndexes(db, 'dossier'),
    /** Same upsert rule as `put`, without index or FTS upkeep: only between `beginBulk` and `finishBulk`. */
    putBulk(d: Dossier): void {
      write(d, foldForSearch(d.applicant.name));
    },
    /** Builds the secondary indexes and the name FTS once, in the import's last transaction. */
    finishBulk(): void {
      ensureSecondaryIndexes(db, 'dossier');
      db.exec(`DELETE FROM dossier_name_fts; INSERT INTO dossier_name_fts (rowid, applicant_fold) SELECT id, applicant_fold FROM dossier;`);
    },
    body: (code: string): string | undefined => bodyByCode.get(code)?.body,
    count: (): number => (db.prepare('SELECT count(*) AS n FROM dossier').get() as { n: number }).n,
  };
}
export type DossierStore = ReturnType<typeof createDossierStore>;
