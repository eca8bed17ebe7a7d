import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../../test/tmp';
import { openDatabase } from './connection';
import { migrate, type Migration } from './migrate';
import { migrations } from './migrations';

const dirs: ReturnType<typeof tempDir>[] = [];
const freshDb = () => {
  const dir = tempDir();
  dirs.push(dir);
  return openDatabase(join(dir.path, 'desk.sqlite'));
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

const table = (name: string, version: number): Migration => ({
  version,
  name,
  up: (db) => db.exec(`CREATE TABLE ${name} (id INTEGER PRIMARY KEY) STRICT`),
});

describe('migrations', () => {
  it('opens with WAL, synchronous=FULL and foreign keys on', () => {
    const db = freshDb();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('applies every project migration, records user_version, and is idempotent', () => {
    const db = freshDb();
    const version = migrate(db, migrations);
    expect(version).toBeGreaterThanOrEqual(10);
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    expect(migrate(db, migrations)).toBe(version);
    db.close();
  });

  it('uses STRICT tables throughout', () => {
    const db = freshDb();
    migrate(db, migrations);
    const tables = db
      .prepare<[], { name: string; strict: number }>("SELECT name, strict FROM pragma_table_list WHERE schema='main' AND name NOT LIKE 'sqlite_%' AND type='table'")
      .all();
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect({ name: t.name, strict: t.strict }).toEqual({ name: t.name, strict: 1 });
    db.close();
  });

  it('applies pending steps in one transaction: a failing step leaves nothing behind', () => {
    const db = freshDb();
    migrate(db, [table('a', 10)]);
    const broken: Migration = { version: 30, name: 'boom', up: () => { throw new Error('boom'); } };
    expect(() => migrate(db, [table('a', 10), table('b', 20), broken])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database written by newer code, with a clear message, changing nothing', () => {
    const db = freshDb();
    migrate(db, [table('a', 10), table('b', 20)]);
    expect(() => migrate(db, [table('a', 10)])).toThrow(/newer version of OneStop Desk \(schema 20; this build knows up to 10\)/);
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    db.close();
  });

  it('rejects numbering that is not in steps of 10 or is duplicated', () => {
    const db = freshDb();
    expect(() => migrate(db, [table('a', 15)])).toThrow(/numbering/);
    expect(() => migrate(db, [table('a', 10), table('b', 10)])).toThrow(/numbering/);
    db.close();
  });

  it('0060 gives every applicant cached before it a receipt time, leaving the record itself as it was', () => {
    const db = freshDb();
    migrate(db, migrations.filter((m) => m.version < 60));
    const insert = db.prepare(
      "INSERT INTO citizen (id_number, name_fold, phone, birth_date, version, updated_at, last_used_at, body) VALUES (?, ?, NULL, '1990-05-01', 3, '2019-02-01T03:00:00.000Z', ?, ?)",
    );
    insert.run('001090001111', 'tran thi thuy', null, '{"idNumber":"001090001111"}');
    insert.run('001090002222', 'le van an', '2026-11-20T02:00:00.000Z', '{"idNumber":"001090002222"}');
    const columnsBefore = db.prepare('SELECT id, id_number, name_fold, version, updated_at, last_used_at, body FROM citizen ORDER BY id').all();
    const startedAt = new Date(Date.now() - 1000).toISOString();
    migrate(db, migrations);
    const rows = db.prepare<[], { cached_at: string | null }>('SELECT cached_at FROM citizen ORDER BY id').all();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const at = row.cached_at ?? '';
      expect(at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      // Received "now", not at the portal's update time of 2019: retention starts from the migration.
      expect(at >= startedAt && at <= new Date().toISOString()).toBe(true);
    }
    expect(db.prepare('SELECT id, id_number, name_fold, version, updated_at, last_used_at, body FROM citizen ORDER BY id').all()).toEqual(columnsBefore);
    db.close();
  });

  it('0200 copies each cached applicant\'s address and linkage facts into columns of their own, leaving the body as it was', () => {
    const db = freshDb();
    migrate(db, migrations.filter((m) => m.version < 200));
    const insert = db.prepare("INSERT INTO citizen (id_number, name_fold, version, updated_at, body) VALUES (?, ?, 1, '2026-01-01T00:00:00.000Z', ?)");
    insert.run('001090001111', 'tran thi thuy', JSON.stringify({ idNumber: '001090001111', address: 'Phường Ba Đình, Thành phố Hà Nội', linkage: { accountLevel: 2 } }));
    insert.run('001090002222', 'le van an', JSON.stringify({ idNumber: '001090002222' }));
    const bodies = db.prepare('SELECT body FROM citizen ORDER BY id').pluck().all();
    migrate(db, migrations);
    expect(db.prepare('SELECT address FROM citizen ORDER BY id').pluck().all()).toEqual(['Phường Ba Đình, Thành phố Hà Nội', null]);
    expect(db.prepare('SELECT linkage FROM citizen ORDER BY id').pluck().all()).toEqual(['{"accountLevel":2}', null]);
    expect(db.prepare('SELECT body FROM citizen ORDER BY id').pluck().all()).toEqual(bodies);
    db.close();
  });

  it('0070 moves every cached dossier body out of the searched table, keeping the row ids', () => {
    const db = freshDb();
    migrate(db, migrations.filter((m) => m.version < 70));
    const insert = db.prepare(
      "INSERT INTO dossier (code, version, status, procedure_code, procedure_name, field_code, field_name, applicant_name, applicant_fold, updated_at, body) VALUES (?, 1, 2, 'p', 'P', 'f', 'F', 'An', 'an', '2026-01-01T00:00:00.000Z', ?)",
    );
    insert.run('A-1', '{"code":"A-1"}');
    insert.run('A-2', '{"code":"A-2"}');
    migrate(db, migrations);
    expect(db.prepare('SELECT d.code, b.body FROM dossier d JOIN dossier_body b ON b.id = d.id ORDER BY d.code').all()).toEqual([
      { code: 'A-1', body: '{"code":"A-1"}' },
      { code: 'A-2', body: '{"code":"A-2"}' },
    ]);
    expect(db.prepare("SELECT count(*) FROM pragma_table_info('dossier') WHERE name = 'body'").pluck().get()).toBe(0);
    db.close();
  });
});
