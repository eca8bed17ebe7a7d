import type { Db } from '../connection';

/** A provisional TMP dossier giving way to the official code the portal assigned on delivery. */
export function createProvisionalDossiers(db: Db) {
  const alias = db.prepare<[string, string]>('INSERT OR REPLACE INTO code_alias (provisional, official) VALUES (?, ?)');
  const drop = db.prepare<[string]>('DELETE FROM dossier WHERE code = ?');
  const dropFts = db.prepare<[string]>('DELETE FROM dossier_name_fts WHERE rowid = (SELECT id FROM dossier WHERE code = ?)');
  return {
    /** Removes the provisional dossier from the cache and its name index. */
    drop(code: string): void {
      dropFts.run(code);
      drop.run(code);
    },
    /** Keeps the provisional number findable (printed receipts carry it). */
    alias: (provisional: string, official: string) => void alias.run(provisional, official),
  };
}
export type ProvisionalDossiers = ReturnType<typeof createProvisionalDossiers>;
