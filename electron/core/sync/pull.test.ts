import { describe, expect, it } from 'vitest';
import { migratedDatabases } from '../../../test/fixtures/migrated-db';
import type { Db } from '../db/connection';
import { createSyncStateStore } from '../db/cache/sync-state';
import type { PortalResult } from '../portal/errors';
import type { Page, PullQuery } from '../../../shared/portal/results';
import { pullStream, type StreamWriter } from './pull';

const freshDb = migratedDatabases();

/** A portal with `pages` pages of two numbers each; `failAt` answers that page with an outage. */
function fakePortal(pages: number, failAt?: number) {
  const queries: PullQuery[] = [];
  const fetchPage = (query: PullQuery): Promise<PortalResult<Page<number>>> => {
    queries.push(query);
    const index = query.cursor ? Number(query.cursor) : 0;
    if (index === failAt) return Promise.resolve({ ok: false, error: { kind: 'offline', message: 'down', cause: null } });
    return Promise.resolve({ ok: true, value: { items: [index * 2, index * 2 + 1], nextCursor: String(index + 1), hasMore: index + 1 < pages, total: null } });
  };
  return { fetchPage, queries };
}

/** Records what was written and in which synchronous mode the connection was at the time. */
function recordingWriter(db: Db) {
  const calls: string[] = [];
  const mode = () => (db.pragma('synchronous', { simple: true }) === 2 ? 'FULL' : 'NORMAL');
  const writer: StreamWriter<number> = {
    put: (n) => void calls.push(`put ${n} ${mode()}`),
    beginBulk: () => void calls.push(`begin ${mode()}`),
    putBulk: (n) => void calls.push(`bulk ${n} ${mode()}`),
    finishBulk: () => void calls.push(`finish ${mode()}`),
  };
  return { writer, calls };
}

const now = () => new Date('2026-11-27T03:00:00.000Z');

describe('pullStream', () => {
  it('writes a first import in bulk, relaxed to synchronous=NORMAL per page and FULL again afterwards', async () => {
    const db = freshDb();
    const state = createSyncStateStore(db);
    const portal = fakePortal(3);
    const { writer, calls } = recordingWriter(db);
    const outcome = await pullStream({ db, stream: 'dossiers', state, fetchPage: portal.fetchPage, writer, now });
    expect(outcome).toEqual({ ok: true, rows: 6, pages: 3 });
    expect(calls).toEqual([
      'begin NORMAL', 'bulk 0 NORMAL', 'bulk 1 NORMAL',
      'begin NORMAL', 'bulk 2 NORMAL', 'bulk 3 NORMAL',
      'begin NORMAL', 'bulk 4 NORMAL', 'bulk 5 NORMAL', 'finish NORMAL',
    ]);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(state.get('dossiers')).toMatchObject({ importDone: true, rows: 6, cursor: '3' });
    // The next page is asked for once, in order, each from the cursor before it.
    expect(portal.queries.map((q) => q.cursor ?? null)).toEqual([null, '1', '2']);
    db.close();
  });

  it('after the first import writes row by row with every index kept, at synchronous=FULL', async () => {
    const db = freshDb();
    const state = createSyncStateStore(db);
    state.save({ stream: 'dossiers', updatedSince: null, cursor: '1', importDone: true, rows: 2, lastSuccessAt: null }, now().toISOString());
    const { writer, calls } = recordingWriter(db);
    await pullStream({ db, stream: 'dossiers', state, fetchPage: fakePortal(2).fetchPage, writer, now });
    expect(calls).toEqual(['put 2 FULL', 'put 3 FULL']);
    db.close();
  });

  it('stops at a failed page with what came before committed, and the next run resumes from there', async () => {
    const db = freshDb();
    const state = createSyncStateStore(db);
    const { writer, calls } = recordingWriter(db);
    const failed = await pullStream({ db, stream: 'dossiers', state, fetchPage: fakePortal(4, 2).fetchPage, writer, now });
    expect(failed).toMatchObject({ ok: false, rows: 4, pages: 2, error: { kind: 'offline' } });
    expect(state.get('dossiers')).toMatchObject({ importDone: false, rows: 4, cursor: '2' });
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const resumed = fakePortal(4);
    await pullStream({ db, stream: 'dossiers', state, fetchPage: resumed.fetchPage, writer, now });
    expect(resumed.queries[0]?.cursor).toBe('2');
    expect(calls.filter((c) => c.startsWith('bulk')).map((c) => Number(c.split(' ')[1]))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(calls.filter((c) => c.startsWith('finish'))).toHaveLength(1);
    db.close();
  });

  it('restores synchronous=FULL even when a first-import page fails to write', async () => {
    const db = freshDb();
    const state = createSyncStateStore(db);
    const writer: StreamWriter<number> = { put: () => undefined, beginBulk: () => undefined, putBulk: () => { throw new Error('disk full'); }, finishBulk: () => undefined };
    await expect(pullStream({ db, stream: 'dossiers', state, fetchPage: fakePortal(2).fetchPage, writer, now })).rejects.toThrow('disk full');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(state.get('dossiers').rows).toBe(0);
    db.close();
  });
});
