import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createAuditLog } from '../../electron/core/audit/audit-log';
import { verifyAuditChain } from '../../electron/core/audit/verify';
import { CURRENT_CIPHER } from '../../electron/core/db/cipher-scheme';
import { openDatabase, type Db } from '../../electron/core/db/connection';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import type { FailpointName } from '../../electron/core/failpoints';
import { detectCipher } from '../../electron/core/db/detect-cipher';
import { openEncryptedDatabase } from '../../electron/core/keys/encrypted-database';
import { auditDatabaseEncryption } from '../../electron/core/keys/encryption-audit';
import { writeSqlcipherDesk } from '../fixtures/sqlcipher-desk';
import { tempDir } from '../tmp';
import { buildChild, runChild } from './child-process';

const KEY = Buffer.alloc(32, 0x3c);
const keyHex = KEY.toString('hex');
let script = '';
beforeAll(async () => {
  script = await buildChild('reencrypt-child');
}, 60_000);

const contents = (db: Db) =>
  db.prepare(`SELECT (SELECT count(*) FROM dossier) AS dossiers, (SELECT count(*) FROM citizen) AS citizens,
    (SELECT count(*) FROM outbox) AS outbox, (SELECT count(*) FROM audit WHERE action = 'action_queued') AS audit`).get();

const resumedOf = (stdout: string): boolean | null => {
  const line = stdout.split('\n').find((l) => l.startsWith('{'));
  const parsed = JSON.parse(line ?? '{}') as { reencrypted?: { resumed: boolean } | null };
  return parsed.reencrypted ? parsed.reencrypted.resumed : null;
};

// At each step the process dies; the original stays whole until the swap, the next open finishes the job.
const cases: { failpoint: FailpointName; schemeAfterCrash: string; resumed: boolean | null }[] = [
  { failpoint: 'reencrypt-after-copy', schemeAfterCrash: 'sqlcipher-4', resumed: false },
  { failpoint: 'reencrypt-after-encrypt', schemeAfterCrash: 'sqlcipher-4', resumed: true },
  { failpoint: 'reencrypt-after-check', schemeAfterCrash: 'sqlcipher-4', resumed: true },
  { failpoint: 'reencrypt-after-swap', schemeAfterCrash: CURRENT_CIPHER, resumed: null },
];

describe('re-encryption survives a crash at every step', () => {
  it.each(cases)('killed at $failpoint: nothing lost, the next open completes it', async ({ failpoint, schemeAfterCrash, resumed }) => {
    const dir = tempDir('desk-reencrypt-crash-');
    try {
      const path = join(dir.path, 'desk.sqlite');
      const before = writeSqlcipherDesk(path, keyHex, { dossiers: 400, citizens: 150, outbox: 30 });
      const killed = await runChild(script, { path, keyHex }, { failpoint });
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      expect(detectCipher(path, keyHex)).toBe(schemeAfterCrash);
      const midway = openDatabase(path, { keyHex, cipher: detectCipher(path, keyHex) ?? CURRENT_CIPHER, readonly: true });
      expect(contents(midway)).toEqual(before);
      midway.close();

      const again = await runChild(script, { path, keyHex });
      expect(again.code, again.stderr).toBe(0);
      expect(resumedOf(again.stdout)).toBe(resumed);
      expect(detectCipher(path, keyHex)).toBe(CURRENT_CIPHER);

      const opened = openEncryptedDatabase(path, { getOrCreateKey: () => KEY, describe: () => ({ backend: 'test' }) });
      migrate(opened.db, migrations);
      auditDatabaseEncryption(createAuditLog(opened.db, () => new Date('2026-12-01T02:00:00.000Z')), opened, 'test');
      expect(contents(opened.db)).toEqual(before);
      expect(opened.db.prepare("SELECT count(*) AS n FROM audit WHERE action = 'database_reencrypted'").get()).toEqual({ n: 1 });
      expect(verifyAuditChain(opened.db).ok).toBe(true);
      opened.db.close();
    } finally {
      dir.remove();
    }
  }, 60_000);
});
