import { afterEach, describe, expect, it } from 'vitest';
import { createReceiptTable } from '../../db/audit/receipt-table';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../../../test/tmp';
import { createAuditLog } from '../../audit/audit-log';
import { chainHash, GENESIS_HASH } from '../../audit/canonical';
import { sendAuditHead } from '../../audit/receipts';
import { dropAuditGuards } from '../../audit/test-db';
import { loadMachineConfig } from '../../config/load';
import { createPrefsRepo } from '../../db/prefs-repo';
import { connectPortal } from '../../portal-connection';
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
    // One message about the missing receipts, not the witness's "anchoring unavailable" as well.
    expect(human.stdout).not.toContain('KHÔNG neo được');
    expect(human.stdout).not.toContain('Nhân chứng');
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

describe('desk audit verify asks the portal (the witness)', () => {
  it('reports tampering after rows are rewritten, re-hashed and the receipt re-pinned, and counts the unanchored tail', async () => {
    const { db, args } = workspace((dataDir) => openDatabase(join(dataDir, 'desk.sqlite')));
    const config = join(args[1] ?? '', '..', 'config.json');
    writeFileSync(config, JSON.stringify({ training: { dossiers: 100 } }));
    const withConfig = [...args.slice(0, 2), '--config', config];
    const loaded = loadMachineConfig(config);
    if (!loaded.ok) throw new Error('config');
    createPrefsRepo(db).set('deviceId', 'A1B2C3');
    const audit = createAuditLog(db, () => new Date('2026-11-27T02:00:00.000Z'));
    const connection = await connectPortal({ config: loaded.config, dataDir: join(args[1] ?? '', 'training'), now: () => new Date() });
    const token = (await connection.tokenFor('canbo01')) ?? '';
    const deposit = () => sendAuditHead({ receipts: createReceiptTable(db), audit, client: connection.client, token, officerId: 'canbo01', deviceId: 'A1B2C3', portalName: 'sim', receiptKey: connection.receiptKey });
    await expect(deposit()).resolves.toMatchObject({ sent: true });
    await connection.close();
    audit.append({ officerId: 'CB01', action: 'sign_out' });

    const good = await cli(['audit', 'verify', '--json', ...withConfig]);
    expect(JSON.parse(good.stdout)).toMatchObject({ ok: true, witness: { source: 'portal', anchoredSeq: 12, unanchoredRows: 1, problems: [] } });
    expect(good.code).toBe(0);

    // The attacker holds the database key: rewrite row 4, re-hash the chain, re-pin a receipt.
    dropAuditGuards(db);
    db.exec('DROP TRIGGER audit_receipt_no_delete');
    db.prepare("UPDATE audit SET subject = 'D-x' WHERE seq = 4").run();
    let prev = GENESIS_HASH;
    for (const r of db.prepare<[], { seq: number; at: string; officer_id: string; action: string; subject: string | null; detail: string }>('SELECT * FROM audit ORDER BY seq').all()) {
      const hash = chainHash(prev, { seq: r.seq, at: r.at, officerId: r.officer_id, action: r.action, subject: r.subject, detail: r.detail });
      db.prepare('UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, r.seq);
      prev = hash;
    }
    const receipt = db.prepare<[], { receipt_id: string; received_at: string; signature: string }>('SELECT * FROM audit_receipt').get();
    db.exec('DELETE FROM audit_receipt');
    db.prepare('INSERT INTO audit_receipt (seq, hash, receipt_id, received_at, portal, signature) VALUES (13, ?, ?, ?, ?, ?)').run(prev, receipt?.receipt_id, receipt?.received_at, 'sim', receipt?.signature);

    const bad = await cli(['audit', 'verify', '--json', ...withConfig]);
    expect(bad.code).toBe(1);
    const verdict = JSON.parse(bad.stdout) as { ok: boolean; witness: { problems: { seq: number; problem: string }[] } };
    expect(verdict.ok).toBe(false);
    expect(verdict.witness.problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ seq: 12, problem: 'mismatch' }),
      expect.objectContaining({ seq: 13, problem: 'forged' }),
    ]));
    const human = await cli(['audit', 'verify', '--lang', 'vi', ...withConfig]);
    expect(human.stdout).toContain('BỊ SỬA');
    expect(human.stdout).toContain('13 dòng chưa neo');
    db.close();
  });
});
