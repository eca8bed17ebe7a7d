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
