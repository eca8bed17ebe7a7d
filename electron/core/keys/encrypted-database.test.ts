import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { tempDir } from '../../../test/tmp';
import { DeskFailure } from '../../../shared/contract/errors';
import { createAuditLog } from '../audit/audit-log';
import { verifyAuditChain } from '../audit/verify';
import { openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { isPlaintextDatabase, openEncryptedDatabase } from './encrypted-database';
import { auditDatabaseEncryption } from './encryption-audit';
import { fileKeyProvider } from './file-key-provider';
import type { KeyProvider } from './key-provider';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
const workspace = () => {
  const d = tempDir('desk-keys-');
  dirs.push(d);
  return d.path;
};
const fixedKey = (byte: number): KeyProvider => ({ getOrCreateKey: () => Buffer.alloc(32, byte), describe: () => ({ backend: 'test' }) });
const now = () => new Date('2026-11-27T02:00:00.000Z');

describe('fileKeyProvider', () => {
  it('creates 32 random bytes once, owner-only, and returns the same key afterwards', () => {
    const path = join(workspace(), 'desk.key');
    const first = fileKeyProvider(path).getOrCreateKey();
    expect(first).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(fileKeyProvider(path).getOrCreateKey().equals(first)).toBe(true);
    expect(fileKeyProvider(join(workspace(), 'other.key')).getOrCreateKey().equals(first)).toBe(false);
  });

  it('refuses a damaged key file instead of replacing it', () => {
    const dir = tempDir();
    dirs.push(dir);
    const path = dir.file('desk.key', 'not a key');
    expect(() => fileKeyProvider(path).getOrCreateKey()).toThrow(DeskFailure);
    expect(readFileSync(path, 'utf8')).toBe('not a key');
  });
});

describe('openEncryptedDatabase', () => {
  it('writes a file that plain SQLite cannot read and whose header is not the SQLite header', () => {
    const path = join(workspace(), 'desk.sqlite');
    const { db } = openEncryptedDatabase(path, fixedKey(7));
    migrate(db, migrations);
    db.prepare("INSERT INTO prefs (key, value) VALUES ('language', '\"en\"')").run();
    db.close();
    expect(readFileSync(path).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(isPlaintextDatabase(path)).toBe(false);
    const plain = new Database(path);
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    plain.close();
    const again = openEncryptedDatabase(path, fixedKey(7)).db;
    expect(again.prepare('SELECT value FROM prefs').get()).toEqual({ value: '"en"' });
    again.close();
  });

  it('reports a wrong key clearly and leaves the file unchanged', () => {
    const path = join(workspace(), 'desk.sqlite');
    const { db } = openEncryptedDatabase(path, fixedKey(1));
    migrate(db, migrations);
    db.close();
    const bytes = readFileSync(path);
    let caught: unknown;
    try {
      openEncryptedDatabase(path, fixedKey(2));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DeskFailure);
    expect(caught).toMatchObject({ code: 'STORAGE', message: expect.stringContaining('key does not match') as unknown });
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a plaintext database found in the data folder unless the machine policy adopts it, and leaves it as it is', () => {
    const path = join(workspace(), 'desk.sqlite');
    const plain = openDatabase(path);
    migrate(plain, migrations);
    plain.prepare("INSERT INTO prefs (key, value) VALUES ('planted', 'yes')").run();
    plain.close();
    const bytes = readFileSync(path);
    let caught: unknown;
    try {
      openEncryptedDatabase(path, fixedKey(3));
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'STORAGE', details: { reason: 'plaintext-database' } });
    expect((caught as Error).message).toContain('không mã hóa');
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(isPlaintextDatabase(path)).toBe(true);
    expect(() => openEncryptedDatabase(path, fixedKey(3), { adoptPlaintext: false })).toThrow(/unencrypted database/);
  });

  it('encrypts an existing plaintext database without losing a row when the machine policy adopts it, and the change is audited', () => {
    const path = join(workspace(), 'desk.sqlite');
    const plain = openDatabase(path);
    migrate(plain, migrations);
    const audit = createAuditLog(plain, now);
    const insert = plain.prepare("INSERT INTO citizen (id_number, name_fold, version, updated_at, body) VALUES (?, 'nguyen van a', 1, '2026-01-01T00:00:00.000Z', '{}')");
    for (let i = 0; i < 500; i += 1) insert.run(String(79203000000 + i).padStart(12, '0'));
    audit.append({ officerId: 'canbo01', action: 'sign_in' });
    plain.close();
    expect(isPlaintextDatabase(path)).toBe(true);

    const keys = fixedKey(9);
    const opened = openEncryptedDatabase(path, keys, { adoptPlaintext: true });
    expect(opened.encryptedFromPlaintext).toMatchObject({ rows: expect.any(Number) as unknown });
    migrate(opened.db, migrations);
    const encryptedAudit = createAuditLog(opened.db, now);
    auditDatabaseEncryption(encryptedAudit, opened, keys.describe().backend);
    expect(opened.db.prepare('SELECT count(*) AS n FROM citizen').get()).toEqual({ n: 500 });
    expect(opened.db.prepare('SELECT action FROM audit ORDER BY seq').all()).toEqual([{ action: 'sign_in' }, { action: 'database_encrypted' }]);
    expect(verifyAuditChain(opened.db).ok).toBe(true);
    opened.db.close();

    expect(isPlaintextDatabase(path)).toBe(false);
    expect(existsSync(`${path}.plaintext-backup`)).toBe(false);
    expect(existsSync(`${path}.encrypting`)).toBe(false);
    const reopened = openEncryptedDatabase(path, keys);
    expect(reopened.encryptedFromPlaintext).toBeNull();
    expect(reopened.db.prepare('SELECT count(*) AS n FROM citizen').get()).toEqual({ n: 500 });
    reopened.db.close();
  });
});
