import { describe, expect, it } from 'vitest';
import { makeDossier } from '../../../test/fixtures/cache-data';
import { memoryDeskDb } from '../audit/test-db';
import { createOutboxRepo } from '../db/outbox/outbox-repo';
import type { ActionSender, OutgoingAction, SendOutcome } from './action-sender';
import { createOutboxDrain } from './outbox-drain';

/** A portal that answers after a random short delay and remembers what was in flight. */
function slowPortal(random: () => number) {
  const inFlight = new Set<string>();
  const sent: OutgoingAction[] = [];
  let most = 0;
  let sameDossierOverlap = false;
  const sender: ActionSender = {
    async send(action) {
      if (inFlight.has(action.dossierCode)) sameDossierOverlap = true;
      inFlight.add(action.dossierCode);
      most = Math.max(most, inFlight.size);
      sent.push(action);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 3)));
      inFlight.delete(action.dossierCode);
      const outcome: SendOutcome = { kind: 'delivered', dossier: makeDossier(action.dossierCode) };
      return outcome;
    },
  };
  return { sender, sent, most: () => most, overlap: () => sameDossierOverlap };
}

/** Deterministic dice for the delays. */
function dice(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('outbox drain with overlapping rounds', () => {
  it('delivers everything, one action per dossier at a time in queue order, never above the concurrency bound', async () => {
    const db = memoryDeskDb();
    const outbox = createOutboxRepo(db);
    const portal = slowPortal(dice(7));
    const keys = new Map<string, string[]>();
    for (let i = 0; i < 60; i += 1) {
      const code = `D${i % 7}`;
      const idemKey = `key-${String(i).padStart(3, '0')}`;
      outbox.insert({ idemKey, kind: 'note', dossierCode: code, basedOnSeq: null, expectedVersion: 1, payload: '{}', officerId: 'canbo01', createdAt: '2026-06-15T03:00:00.000Z' });
      keys.set(code, [...(keys.get(code) ?? []), idemKey]);
    }
    const drain = createOutboxDrain({
      db, outbox, sender: portal.sender, now: () => new Date('2026-06-15T03:00:00.000Z'),
      hooks: { delivered: () => undefined, failed: () => undefined },
      concurrency: 3, batchSize: 2,
    });
    const report = await drain.drain();
    expect(report).toMatchObject({ delivered: 60, retried: 0, offline: false, lastDeliveredAt: '2026-06-15T03:00:00.000Z' });
    expect(db.prepare("SELECT count(*) AS n FROM outbox WHERE state = 'delivered'").get()).toEqual({ n: 60 });
    expect(portal.overlap()).toBe(false);
    expect(portal.most()).toBeLessThanOrEqual(3);
    for (const [code, queued] of keys) expect(portal.sent.filter((a) => a.dossierCode === code).map((a) => a.idemKey)).toEqual(queued);
  });
});

describe('outbox drain and the portal an action was recorded for', () => {
  it('refuses (never sends) an action recorded for another portal, and sends the ones of this portal', async () => {
    const db = memoryDeskDb();
    const outbox = createOutboxRepo(db);
    const portal = slowPortal(dice(3));
    const base = { kind: 'note', basedOnSeq: null, expectedVersion: 1, payload: '{}', officerId: 'giamsat01', createdAt: '2026-06-15T03:00:00.000Z' };
    const foreign = outbox.insert({ ...base, idemKey: 'k-fake', dossierCode: 'D1', portalOrigin: 'https://fake-portal.example' });
    const own = outbox.insert({ ...base, idemKey: 'k-real', dossierCode: 'D2', portalOrigin: 'https://dvc.example.gov.vn' });
    const failed: string[] = [];
    const drain = createOutboxDrain({
      db, outbox, sender: portal.sender, now: () => new Date('2026-06-15T03:00:00.000Z'), portalOrigin: 'https://dvc.example.gov.vn',
      hooks: { delivered: () => undefined, failed: (row, state) => void failed.push(`${row.idem_key}:${state}`) },
    });
    await expect(drain.drain()).resolves.toMatchObject({ delivered: 1, rejected: 1 });
    expect(portal.sent.map((a) => a.idemKey)).toEqual(['k-real']);
    expect(outbox.get(foreign)).toMatchObject({ state: 'rejected' });
    const error = JSON.parse(outbox.get(foreign)?.last_error ?? '{}') as { message: { vi: string; en: string } };
    expect(error.message.vi).toContain('fake-portal.example');
    expect(error.message.en).toContain('fake-portal.example');
    expect(outbox.get(own)).toMatchObject({ state: 'delivered', portal_origin: 'https://dvc.example.gov.vn' });
    expect(failed).toEqual(['k-fake:rejected']);
  });
});

describe('outbox drain and a failure inside the app', () => {
  const SECRET = "SQLITE_ERROR near 'dossier': /home/canbo01/.config/OneStop Desk/production/desk.sqlite 079203001234";
  const setup = (sender: ActionSender, hooks: Parameters<typeof createOutboxDrain>[0]['hooks']) => {
    const db = memoryDeskDb();
    const outbox = createOutboxRepo(db);
    const seq = outbox.insert({ idemKey: 'k-1', kind: 'note', dossierCode: 'D1', basedOnSeq: null, expectedVersion: 1, payload: '{}', officerId: 'canbo01', createdAt: '2026-06-15T03:00:00.000Z' });
    const logged: unknown[] = [];
    const drain = createOutboxDrain({ db, outbox, sender, hooks, now: () => new Date('2026-06-15T03:00:00.000Z'), logger: { error: (details: unknown) => void logged.push(details) } });
    return { outbox, seq, drain, logged };
  };

  it('keeps the exception text out of the queue (the log has it) when sending throws', async () => {
    const t = setup({ send: () => Promise.reject(new Error(SECRET)) }, { delivered: () => undefined, failed: () => undefined });
    await expect(t.drain.drain()).resolves.toMatchObject({ retried: 1 });
    const row = t.outbox.get(t.seq);
    expect(row).toMatchObject({ state: 'waiting' });
    expect(row?.last_error).not.toContain('SQLITE_ERROR');
    expect(row?.last_error).not.toContain('079203001234');
    expect(JSON.parse(row?.last_error ?? '{}')).toMatchObject({ code: 'internal', message: { vi: expect.stringContaining('CNTT') as unknown } });
    expect(JSON.stringify(t.logged.map((entry) => String((entry as { err: Error }).err.message)))).toContain('SQLITE_ERROR');
  });

  it('does the same when recording a delivered answer fails locally', async () => {
    let sent = 0;
    // The first delivery's local write fails; the drain sends again at once and the portal
    // answers the same key a second time: stop there, before that second answer is recorded.
    const t = setup(
      {
        send: (action) => {
          sent += 1;
          return sent === 1 ? Promise.resolve({ kind: 'delivered', dossier: makeDossier(action.dossierCode) }) : Promise.reject(new Error('stop'));
        },
      },
      { delivered: () => { throw new Error(SECRET); }, failed: () => undefined },
    );
    await t.drain.drain();
    expect(sent).toBeGreaterThanOrEqual(1);
    const stored = t.outbox.get(t.seq)?.last_error ?? '';
    expect(stored).not.toContain('SQLITE_ERROR');
    expect(stored).not.toContain('stop');
    expect(JSON.stringify(t.logged.map((entry) => String((entry as { err: Error }).err.message)))).toContain('SQLITE_ERROR');
  });
});
