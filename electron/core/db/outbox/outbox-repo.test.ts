import { describe, expect, it } from 'vitest';
import { memoryDeskDb } from '../../audit/test-db';
import { createOutboxRepo, type NewOutboxRow } from './outbox-repo';

const row = (n: number, dossierCode: string, createdAt = `2026-06-15T03:00:0${n}.000Z`): NewOutboxRow => ({
  idemKey: `key-${n}-${dossierCode}`,
  kind: 'note',
  dossierCode,
  basedOnSeq: null,
  expectedVersion: 1,
  payload: '{"kind":"note","text":"x"}',
  officerId: 'canbo01',
  createdAt,
});

function setup() {
  const db = memoryDeskDb();
  return { db, outbox: createOutboxRepo(db) };
}

describe('outbox repository', () => {
  it('history starts with "queued" at the row\'s creation time, followed by the stored events', () => {
    const { db, outbox } = setup();
    const seq = outbox.insert(row(1, 'A'));
    expect(db.prepare('SELECT count(*) AS n FROM outbox_event').get()).toEqual({ n: 0 });
    expect(outbox.history(seq)).toEqual([{ at: '2026-06-15T03:00:01.000Z', event: 'queued', detail: null }]);
    outbox.markSending(seq, '2026-06-15T03:00:05.000Z');
    expect(outbox.history(seq).map((h) => h.event)).toEqual(['queued', 'sending']);
  });

  it('a row queued by an older version keeps its stored "queued" event, shown once', () => {
    const { db, outbox } = setup();
    const seq = outbox.insert(row(1, 'A'));
    db.prepare("INSERT INTO outbox_event (seq, at, event, detail) VALUES (?, '2026-06-15T03:00:01.000Z', 'queued', NULL)").run(seq);
    outbox.markSending(seq, '2026-06-15T03:00:05.000Z');
    expect(outbox.history(seq).map((h) => h.event)).toEqual(['queued', 'sending']);
  });

  it('openStates lists a dossier\'s open actions in queue order, delivered and withdrawn left out', () => {
    const { outbox } = setup();
    const a1 = outbox.insert(row(1, 'A'));
    outbox.insert(row(2, 'B'));
    const a3 = outbox.insert(row(3, 'A'));
    const a4 = outbox.insert(row(4, 'A'));
    outbox.markSending(a1, 'x');
    outbox.markDelivered(a1, 'y', 2, {});
    outbox.withdraw(a4, 'z', 'mistake');
    expect(outbox.openStates('A')).toEqual([{ seq: a3, kind: 'note', state: 'waiting' }]);
  });

  it('sendable takes only each dossier\'s head, in queue order', () => {
    const { outbox } = setup();
    const a1 = outbox.insert(row(1, 'A'));
    const b2 = outbox.insert(row(2, 'B'));
    const a3 = outbox.insert(row(3, 'A'));
    expect(outbox.sendable('2026-06-15T04:00:00.000Z', 10).map((r) => r.seq)).toEqual([a1, b2]);
    outbox.markSending(a1, 'x');
    expect(outbox.sendable('2026-06-15T04:00:00.000Z', 10).map((r) => r.seq)).toEqual([b2]);
    outbox.markDelivered(a1, 'y', 2, {});
    expect(outbox.sendable('2026-06-15T04:00:00.000Z', 10).map((r) => r.seq)).toEqual([b2, a3]);
  });

  it('earliest retry is the soonest back-off among waiting rows', () => {
    const { outbox } = setup();
    const a = outbox.insert(row(1, 'A'));
    const b = outbox.insert(row(2, 'B'));
    outbox.insert(row(3, 'C'));
    expect(outbox.earliestRetry()).toBeNull();
    outbox.markRetry(a, 'x', '2026-06-15T05:00:00.000Z', {});
    outbox.markRetry(b, 'x', '2026-06-15T04:30:00.000Z', {});
    expect(outbox.earliestRetry()).toBe('2026-06-15T04:30:00.000Z');
    outbox.markSending(b, 'y');
    expect(outbox.earliestRetry()).toBe('2026-06-15T05:00:00.000Z');
  });

  it('summary counts open rows by state, the oldest being the first queued', () => {
    const { outbox } = setup();
    const a = outbox.insert(row(1, 'A'));
    outbox.insert(row(2, 'B'));
    outbox.insert(row(3, 'C'));
    outbox.markSending(a, 'x');
    expect(new Map(outbox.summary().map((s) => [s.state, s]))).toEqual(
      new Map([
        ['sending', { state: 'sending', n: 1, oldest: '2026-06-15T03:00:01.000Z' }],
        ['waiting', { state: 'waiting', n: 2, oldest: '2026-06-15T03:00:02.000Z' }],
      ]),
    );
  });
});
