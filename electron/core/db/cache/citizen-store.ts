import type { Citizen } from '../../../../shared/domain/citizen';
import { foldForSearch } from '../../../../shared/domain/text-fold';
import type { Db } from '../connection';
import { dropSecondaryIndexes, ensureSecondaryIndexes } from './bulk-indexes';

export interface CitizenRow {
  readonly id: number;
  readonly body: string;
}

/** Writes and reads cached applicants. `last_used_at` feeds the retention purge. */
export function createCitizenStore(db: Db) {
  // Positional values: binding by name costs measurably more at half a million rows.
  const upsert = db.prepare<[string, string, string | null, string | null, string | null, string, number, string, string, string]>(`
    INSERT INTO citizen (id_number, name_fold, phone, birth_date, address, linkage, version, updated_at, cached_at, body)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id_number) DO UPDATE SET name_fold = excluded.name_fold, phone = excluded.phone, birth_date = excluded.birth_date,
      address = excluded.address, linkage = excluded.linkage, version = excluded.version, updated_at = excluded.updated_at, cached_at = excluded.cached_at, body = excluded.body
    WHERE excluded.version >= citizen.version`);
  const byRef = db.prepare<[number], CitizenRow>('SELECT id, body FROM citizen WHERE id = ?');
  const byIdNumber = db.prepare<[string], CitizenRow>('SELECT id, body FROM citizen WHERE id_number = ?');
  const byPhone = db.prepare<[string], CitizenRow>('SELECT id, body FROM citizen WHERE phone = ? LIMIT 2');
  const refOf = db.prepare<[string], { id: number }>('SELECT id FROM citizen WHERE id_number = ?');
  const touch = db.prepare<[string, number]>('UPDATE citizen SET last_used_at = ? WHERE id = ?');
  const unusedSince = db.prepare<[string]>('DELETE FROM citizen WHERE coalesce(last_used_at, cached_at, updated_at) < ?');

  const put = (c: Citizen): void => {
    upsert.run(c.idNumber, foldForSearch(c.fullName), c.phone, c.birthDate, c.address, JSON.stringify(c.linkage), c.version, c.updatedAt, new Date().toISOString(), JSON.stringify(c));
  };

  return {
    put,
    /** First import: indexes dropped while the rows stream in (see bulk-indexes.ts), rebuilt at the end. */
    beginBulk: (): void => dropSecondaryIndexes(db, 'citizen'),
    /** The upsert is already one statement; in bulk only the dropped indexes differ. */
    putBulk: put,
    finishBulk: (): void => ensureSecondaryIndexes(db, 'citizen'),
    byRef: (ref: number) => byRef.get(ref),
    byIdNumber: (idNumber: string) => byIdNumber.get(idNumber),
    /** Only a phone that identifies exactly one person counts as identifying. */
    byPhone: (phone: string) => {
      const rows = byPhone.all(phone);
      return rows.length === 1 ? rows[0] : undefined;
    },
    refOf: (idNumber: string) => refOf.get(idNumber)?.id ?? null,
    markUsed: (ref: number, at: string) => void touch.run(at, ref),
    /** Retention: deletes applicants not used (or, never used, not received again) before `cutoff`. */
    deleteUnusedBefore: (cutoff: string): number => unusedSince.run(cutoff).changes,
    count: (): number => (db.prepare('SELECT count(*) AS n FROM citizen').get() as { n: number }).n,
  };
}
export type CitizenStore = ReturnType<typeof createCitizenStore>;
