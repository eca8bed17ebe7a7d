import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../../test/tmp';
import { writeSqlcipherDesk } from '../../../test/fixtures/sqlcipher-desk';
import type { StorageProgress } from '../../../shared/contract/storage';
import { createAuditLog } from '../audit/audit-log';
import { verifyAuditChain } from '../audit/verify';
import { CURRENT_CIPHER } from '../db/cipher-scheme';
import { openDatabase, type Db } from '../db/connection';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { readStorageCipher } from '../db/storage-cipher';
import { detectCipher } from '../db/detect-cipher';
import { openEncryptedDatabase, prepareEncryptedDatabase } from './encrypted-database';
import { auditDatabaseEncryption } from './encryption-audit';
import type { KeyProvider } from './key-provider';
import { reencryptFiles } from './reencrypt-database';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
const dbPath = () => {
  const d = tempDir('desk-reencrypt-');
  dirs.push(d);
  return join(d.path, 'desk.sqlite');
};
const KEY = Buffer.alloc(32, 0x5a);
const keys: KeyProvider = { getOrCreateKey: () => KEY, describe: () => ({ backend: 'test' }) };
const keyHex = KEY.toString('hex');
const now = () => new Date('2026-12-01T02:00:00.000Z');

const contents = (db: Db) =>
  db.prepare(`SELECT (SELECT count(*) FROM dossier) AS dossiers, (SELECT count(*) FROM citizen) AS citizens,
    (SELECT count(*) FROM outbox) AS outbox, (SELECT count(*) FROM audit WHERE action = 'action_queued') AS audit`).get();

/** Opens as the core does: open (re-encrypting), migrate, audit. */
function openLikeCore(path: string) {
  const opened = openEncryptedDatabase(path, keys);
  migrate(opened.db, migrations);
  auditDatabaseEncryption(createAuditLog(opened.db, now), opened, 'test');
  return opened;
}

describe('re-encrypting a SQLCipher database to the current cipher', () => {
  it('moves dossiers, citizens, outbox and audit log without loss, records the scheme and audits the change once', () => {
    const path = dbPath();
    const before = writeSqlcipherDesk(path, keyHex);
    expect(detectCipher(path, keyHex)).toBe('sqlcipher-4');

    const opened = openLikeCore(path);
    expect(opened.reencrypted).toMatchObject({ from: 'sqlcipher-4', to: CURRENT_CIPHER, resumed: false });
    expect(contents(opened.db)).toEqual(before);
    expect(readStorageCipher(opened.db)).toMatchObject({ scheme: CURRENT_CIPHER, previous: 'sqlcipher-4' });
    const changes = opened.db.prepare("SELECT detail FROM audit WHERE action = 'database_reencrypted'").all() as { detail: string }[];
    expect(changes).toHaveLength(1);
    expect(JSON.parse(changes[0]?.detail ?? '{}')).toMatchObject({ from: 'sqlcipher-4', to: CURRENT_CIPHER, rows: opened.reencrypted?.rows });
    expect(verifyAuditChain(opened.db).ok).toBe(true);
    opened.db.close();

    expect(detectCipher(path, keyHex)).toBe(CURRENT_CIPHER);
    const { work, state } = reencryptFiles(path);
    expect([existsSync(work), existsSync(state)]).toEqual([false, false]);
    // Neither an ID number nor a name is readable in the file.
    const bytes = readFileSync(path);
    expect(bytes.includes('079203010001')).toBe(false);
    expect(bytes.includes(Buffer.from('Trần Thị Bích Ngọc'))).toBe(false);

    const again = openLikeCore(path);
    expect(again.reencrypted).toBeNull();
    expect(again.db.prepare("SELECT count(*) AS n FROM audit WHERE action = 'database_reencrypted'").get()).toEqual({ n: 1 });
    again.db.close();
  });

  it('a new database is written with the current cipher and records it without an audit entry', () => {
    const path = dbPath();
    const opened = openLikeCore(path);
    expect(readStorageCipher(opened.db)).toMatchObject({ scheme: CURRENT_CIPHER, previous: null });
    expect(opened.db.prepare("SELECT count(*) AS n FROM audit WHERE action = 'database_reencrypted'").get()).toEqual({ n: 0 });
    opened.db.close();
    expect(detectCipher(path, keyHex)).toBe(CURRENT_CIPHER);
  });

  it('refuses a wrong key for a SQLCipher database and leaves it unchanged', () => {
    const path = dbPath();
    writeSqlcipherDesk(path, keyHex, { dossiers: 5, citizens: 5, outbox: 1 });
    const bytes = readFileSync(path);
    const wrong: KeyProvider = { getOrCreateKey: () => Buffer.alloc(32, 1), describe: () => ({ backend: 'test' }) };
    expect(() => openEncryptedDatabase(path, wrong)).toThrow(/key does not match/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('reports each step to the progress screen, in order, ending finished', async () => {
    const path = dbPath();
    writeSqlcipherDesk(path, keyHex, { dossiers: 50, citizens: 20, outbox: 3 });
    const seen: StorageProgress[] = [];
    const result = await prepareEncryptedDatabase(path, keys, (p) => void seen.push(p));
    expect(result).toMatchObject({ from: 'sqlcipher-4', to: CURRENT_CIPHER });
    const steps = seen.map((p) => p.step).filter((s, i, all) => all[i - 1] !== s);
    expect(steps).toEqual(['copy', 'encrypt', 'check', 'swap']);
    expect(seen.at(-1)?.finished).toBe(true);
    const copy = seen.filter((p) => p.step === 'copy').at(-1);
    expect(copy?.done).toBe(copy?.total);
    expect(await prepareEncryptedDatabase(path, keys, (p) => void seen.push(p))).toBeNull();
  });
});

describe('page integrity of the current cipher', () => {
  it('a changed byte in a page is detected, not read as data', () => {
    const path = dbPath();
    const db = openDatabase(path, { keyHex });
    db.exec("CREATE TABLE t (v TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO t SELECT 'Nguyễn Văn An ' || i FROM n;");
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(path);
    const at = 4096 * 3 + 200;
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    const damaged = openDatabase(path, { keyHex });
    try {
      expect(() => damaged.prepare('SELECT count(*), max(v) FROM t').get()).toThrow(expect.objectContaining({ code: expect.stringMatching(/^SQLITE_CORRUPT/) as unknown }));
    } finally {
      damaged.close();
    }
  });
});
