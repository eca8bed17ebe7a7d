import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../electron/core/db/connection';
import { migrate } from '../electron/core/db/migrate';
import { migrations } from '../electron/core/db/migrations';
import { createOutboxRepo } from '../electron/core/db/outbox/outbox-repo';

// What the IT guide promises about an update or reinstall: queued actions are in the
// database, survive the restart, and the ones caught in flight go out again with the
// SAME idempotency key (so the portal applies them exactly once).
let dir = '';
const open = (): Db => {
  const db = openDatabase(join(dir, 'desk.sqlite'));
  migrate(db, migrations);
  return db;
};

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('outbox across an app update (quit, replace binaries, start again)', () => {
  it('keeps waiting actions and resends in-flight ones with the same key', () => {
    dir = mkdtempSync(join(tmpdir(), 'desk-update-outbox-'));
    const before = open();
    expect(before.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const outbox = createOutboxRepo(before);
    const row = (idemKey: string) => ({
      idemKey, kind: 'dossier.receive', dossierCode: `H29.${idemKey}`, basedOnSeq: null, expectedVersion: null,
      payload: '{}', officerId: 'o1', createdAt: '2026-01-01T00:00:00.000Z',
    });
    const waiting = outbox.insert(row('key-waiting'));
    const inFlight = outbox.insert(row('key-in-flight'));
    outbox.markSending(inFlight, '2026-01-01T00:00:01.000Z');
    // The updater quits the app here; nothing else is written.
    before.close();

    const after = open();
    const restarted = createOutboxRepo(after);
    expect(restarted.recoverSending()).toBe(1);
    const resent = restarted.get(inFlight);
    expect(resent?.state).toBe('waiting');
    expect(resent?.idem_key).toBe('key-in-flight');
    expect(restarted.get(waiting)?.idem_key).toBe('key-waiting');
    expect(restarted.get(waiting)?.state).toBe('waiting');
    expect(restarted.sendable('2026-01-02T00:00:00.000Z', 10).map((r) => r.idem_key).sort()).toEqual(['key-in-flight', 'key-waiting']);
    after.close();
  });
});
