import { describe, expect, it } from 'vitest';
import { migratedDatabases } from '../../../../test/fixtures/migrated-db';
import { makeDossier } from '../../../../test/fixtures/cache-data';
import type { Db } from '../connection';
import { SECONDARY_INDEXES, dropSecondaryIndexes, ensureSecondaryIndexes } from './bulk-indexes';
import { createDossierStore } from './dossier-store';

const freshDb = migratedDatabases();

const indexSql = (db: Db, table: string) =>
  (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name").all(table) as { name: string; sql: string }[]).map((r) => ({
    name: r.name,
    sql: r.sql.replace(/\s+/g, ' '),
  }));
const ftsRowids = (db: Db, word: string) => (db.prepare('SELECT rowid FROM dossier_name_fts WHERE dossier_name_fts MATCH ? ORDER BY rowid').pluck().all(word) as number[]);
const CODE_A = 'H15.50.05.13-261120-0001';
const CODE_B = 'H15.50.05.13-261120-0002';

describe('dossier store', () => {
  it('rebuilds exactly the indexes migration 0020 made (bulk-indexes.ts cannot drift from the schema)', () => {
    const db = freshDb();
    for (const table of ['dossier', 'citizen'] as const) {
      const fromMigrations = indexSql(db, table);
      dropSecondaryIndexes(db, table);
      expect(indexSql(db, table).length).toBe(fromMigrations.length - Object.keys(SECONDARY_INDEXES[table]).length);
      ensureSecondaryIndexes(db, table);
      expect(indexSql(db, table)).toEqual(fromMigrations);
    }
    db.close();
  });

  it('keeps the searched columns in dossier and the full record in dossier_body', () => {
    const db = freshDb();
    const store = createDossierStore(db);
    const d = makeDossier(CODE_A, { name: 'Trần Thị Thủy' });
    store.put(d);
    expect(JSON.parse(store.body(CODE_A) ?? 'null')).toEqual(d);
    expect(db.prepare('SELECT applicant_fold FROM dossier WHERE code = ?').pluck().get(CODE_A)).toBe('tran thi thuy');
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('dossier') WHERE name = 'body'").pluck().get()).toBe(0);
    db.close();
  });

  it('never lets an older version overwrite a newer one, row by row or in bulk', () => {
    const db = freshDb();
    const store = createDossierStore(db);
    store.put(makeDossier(CODE_A, { version: 3, status: 4 }));
    store.put(makeDossier(CODE_A, { version: 2, status: 2 }));
    db.transaction(() => {
      store.beginBulk();
      store.putBulk(makeDossier(CODE_A, { version: 1, status: 1 }));
      store.putBulk(makeDossier(CODE_B, { version: 1, status: 2 }));
      store.putBulk(makeDossier(CODE_B, { version: 2, status: 5, name: 'Lê Văn Bình' }));
      store.finishBulk();
    })();
    const status = (code: string) => db.prepare('SELECT status FROM dossier WHERE code = ?').pluck().get(code);
    expect(status(CODE_A)).toBe(4);
    expect(JSON.parse(store.body(CODE_A) ?? '{}')).toMatchObject({ version: 3, status: 4 });
    expect(status(CODE_B)).toBe(5);
    expect(JSON.parse(store.body(CODE_B) ?? '{}')).toMatchObject({ version: 2, applicant: { name: 'Lê Văn Bình' } });
    db.close();
  });

  it('drops the secondary indexes during a first import and builds them and the FTS at its end', () => {
    const db = freshDb();
    const store = createDossierStore(db);
    const before = indexSql(db, 'dossier');
    db.transaction(() => {
      store.beginBulk();
      store.putBulk(makeDossier(CODE_A, { name: 'Nguyễn Văn An' }));
    })();
    expect(indexSql(db, 'dossier').map((i) => i.name)).not.toContain('dossier_by_name');
    expect(ftsRowids(db, 'an')).toEqual([]);
    // A resumed import calls beginBulk again: nothing to drop, nothing breaks.
    db.transaction(() => {
      store.beginBulk();
      store.putBulk(makeDossier(CODE_B, { name: 'Phạm An Khang' }));
      store.finishBulk();
    })();
    expect(indexSql(db, 'dossier')).toEqual(before);
    expect(ftsRowids(db, 'an')).toHaveLength(2);
    db.close();
  });

  it('after the first import, keeps the FTS in step on every change', () => {
    const db = freshDb();
    const store = createDossierStore(db);
    store.put(makeDossier(CODE_A, { name: 'Nguyễn Văn An' }));
    store.put(makeDossier(CODE_A, { version: 2, name: 'Nguyễn Văn Bình' }));
    expect(ftsRowids(db, 'an')).toEqual([]);
    expect(ftsRowids(db, 'binh')).toHaveLength(1);
    db.close();
  });

  it('deletes the body with its dossier', () => {
    const db = freshDb();
    const store = createDossierStore(db);
    store.put(makeDossier(CODE_A));
    db.prepare('DELETE FROM dossier WHERE code = ?').run(CODE_A);
    expect(db.prepare('SELECT count(*) FROM dossier_body').pluck().get()).toBe(0);
    db.close();
  });
});
