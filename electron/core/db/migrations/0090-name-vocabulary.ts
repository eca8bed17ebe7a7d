import type { Migration } from '../migrate';

/**
 * A read-only view of the words in the name FTS index. Given-name or out-of-order
 * searches expand the last (possibly unfinished) word into the few real words it
 * starts ("nguyen" → nguyen; "tran" → tran, trang): FTS5 then walks each word's list
 * incrementally instead of merging every list under the prefix first, which at a
 * million names was the slowest part of such a search (p95 19 → 10 ms measured).
 */
export const m0090NameVocabulary: Migration = {
  version: 90,
  name: 'name FTS vocabulary',
  up(db) {
    db.exec(`CREATE VIRTUAL TABLE dossier_name_vocab USING fts5vocab (dossier_name_fts, 'row');`);
  },
};
