import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../../../test/tmp';
import { createAuditLog } from '../../audit/audit-log';
import { migrate } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { openEncryptedDatabase } from '../../keys/encrypted-database';
import { fileKeyProvider } from '../../keys/file-key-provider';
import { openDatabase, type Db } from '../../db/connection';
import { runCliInMemory as cli } from '../run-in-memory';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function workspace(fill: (dataDir: string) => Db) {
  const dir = tempDir();
  dirs.push(dir);
  const dataDir = join(dir.path, 'data', 'training');
  mkdirSync(dataDir, { recursive: true });
  const db = fill(dataDir);
  migrate(db, migrations);
  const audit = createAuditLog(db, () => new Date('2026-11-27T02:00:00.000Z'));
  for (let i = 0; i < 12; i += 1) audit.append({ officerId: 'CB01', action: 'action_queued', subject: `D-${i}`, detail: { i } });
  return { db, args: ['--data-dir', join(dir.path, 'data'), '--config', join(dir.path, 'absent.json')] };
}

describe('desk audit verify', () => {
  it('exits 0 with one JSON document for an intact chain, and 1 naming the first bad row after tampering', async () => {
    const { db, args } = workspace((dataDir) => openDatabase(join(dataDir, 'desk.sqlite')));
    const good = await cli(['audit', 'verify', '--json', ...args]);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ ok: true, rows: 12, head: { seq: 12 } });

    db.exec('DROP TRIGGER audit_no_update');
    db.prepare("UPDATE audit SET subject = 'D-x' WHERE seq = 5").run();
    const bad = await cli(['audit', 'verify', '--json', ...args]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, firstBad: { seq: 5, problem: 'hash' } });
    const human = await cli(['audit', 'verify', '--lang', 'en', ...args]);
    expect(human).toMatchObject({ code: 1, stdout: expect.stringContaining('BROKEN at row #5') as unknown });
    db.close();
  });

  it('opens an encrypted database with the key file beside it', async () => {
    const { db, args } = workspace((dataDir) => openEncryptedDatabase(join(dataDir, 'desk.sqlite'), fileKeyProvider(join(dataDir, 'desk.key'))).db);
    db.close();
    await expect(cli(['audit', 'verify', ...args])).resolves.toMatchObject({ code: 0, stdout: expect.stringContaining('12') as unknown });
  });

  it('says plainly that an OpenCPS site issues no receipts, and still checks the chain', async () => {
    const { db, args } = workspace((dataDir) => openDatabase(join(dataDir, 'desk.sqlite')));
    db.close();
    const config = tempDir();
    dirs.push(config);
    const withOpencps = [...args.slice(0, 2), '--config', config.file('config.json', JSON.stringify({ mode: 'training', training: { dialect: 'opencps' } }))];
    const human = await cli(['audit', 'verify', '--lang', 'vi', ...withOpencps]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('không cấp biên nhận kiểm toán');
    expect(human.stdout).toContain('Nhật ký kiểm toán nguyên vẹn');
    const json = await cli(['audit', 'verify', '--json', ...withOpencps]);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, rows: 12, receiptsAvailable: false });
    const onestop = await cli(['audit', 'verify', '--json', ...args]);
    expect(JSON.parse(onestop.stdout)).toMatchObject({ ok: true, receiptsAvailable: true });
  });

  it('exits 1 with a clear message when there is no database', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const result = await cli(['audit', 'verify', '--json', '--data-dir', dir.path, '--config', join(dir.path, 'absent.json')]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
