import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeDossier } from '../../../../test/fixtures/cache-data';
import { tempDir } from '../../../../test/tmp';
import { openCoreUnderTest, type CoreUnderTest } from '../../../../test/core-under-test';
import { openEncryptedDatabase } from '../../keys/encrypted-database';
import { fileKeyProvider } from '../../keys/file-key-provider';

let dir: ReturnType<typeof tempDir>;
let desk: CoreUnderTest;
const CODE = 'H15.50.05.13-261120-0001';
const outboxCount = () => (desk.database.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
const auditCount = () => (desk.database.db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;

beforeEach(() => {
  dir = tempDir();
  desk = openCoreUnderTest({ dataRoot: join(dir.path, 'data'), configPath: join(dir.path, 'none.json'), logToFile: false });
  desk.database.store.dossiers.put(makeDossier(CODE));
});
afterEach(async () => {
  await desk.core.close();
  dir.remove();
});

describe('a failed write at enqueue is reported and nothing looks saved', () => {
  it('full disk: STORAGE error in the officer\'s language; only what was confirmed is queued', async () => {
    const { db } = desk.database;
    const before = { outbox: outboxCount(), audit: auditCount() };
    // Cap the file at its current size: once the free space in its pages is used, SQLite reports SQLITE_FULL.
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true }))}`);
    let confirmed = 0;
    let failure: unknown = null;
    for (let i = 0; i < 500 && !failure; i += 1) {
      const result = await desk.core.dispatch('action.record', { dossierCode: CODE, action: { kind: 'note', text: `${i} ${'x'.repeat(1900)}` } }, { trusted: true });
      if (result.ok) confirmed += 1;
      else failure = result.error;
    }
    expect(failure).toMatchObject({ code: 'STORAGE', details: { sqlite: 'SQLITE_FULL' } });
    expect((failure as { details: { message: { vi: string } } }).details.message.vi).toMatch(/ổ đĩa đã đầy/);
    db.pragma('max_page_count = 1073741823');
    // Every confirmed action has its outbox row and its audit row; the refused one has neither.
    expect({ outbox: outboxCount(), audit: auditCount() }).toEqual({ outbox: before.outbox + confirmed, audit: before.audit + confirmed });
  });

  it('locked database: STORAGE error, nothing queued', async () => {
    const { db } = desk.database;
    db.pragma('busy_timeout = 50');
    const other = openEncryptedDatabase(join(dir.path, 'data', 'training', 'desk.sqlite'), fileKeyProvider(join(dir.path, 'data', 'training', 'desk.key'))).db;
    other.exec('BEGIN IMMEDIATE');
    try {
      const result = await desk.core.dispatch('action.record', { dossierCode: CODE, action: { kind: 'note', text: 'chờ' } }, { trusted: true });
      expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(outboxCount()).toBe(0);
    const retried = await desk.core.dispatch('action.record', { dossierCode: CODE, action: { kind: 'note', text: 'chờ' } }, { trusted: true });
    expect(retried.ok).toBe(true);
    expect(outboxCount()).toBe(1);
  });
});
