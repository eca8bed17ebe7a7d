import { describe, expect, it } from 'vitest';
import type { Db } from '../db/connection';
import { createAuditLog } from './audit-log';
import { chainHash, GENESIS_HASH } from './canonical';
import { dropAuditGuards, memoryDeskDb } from './test-db';
import { verifyAuditChain } from './verify';

const clock = () => new Date('2026-11-27T02:00:00.000Z');

function chainOf(n: number): Db {
  const db = memoryDeskDb();
  const audit = createAuditLog(db, clock);
  for (let i = 1; i <= n; i += 1) audit.append({ officerId: `canbo${i % 3}`, action: 'action_queued', subject: `DOSSIER-${i}`, detail: { i } });
  return db;
}

function storeReceipt(db: Db, seq: number, hash: string): void {
  db.prepare("INSERT INTO audit_receipt (seq, hash, receipt_id, received_at, portal, signature) VALUES (?, ?, ?, '2026-11-27T02:00:00.000Z', 'test', 'sig')")
    .run(seq, hash, `R-${seq}`);
}

/** Rewrites every hash from `fromSeq` on so the chain is internally consistent again. */
function rebuildFrom(db: Db, fromSeq: number): void {
  const rows = db.prepare<[], { seq: number; at: string; officer_id: string; action: string; subject: string | null; detail: string; prev_hash: string }>(
    'SELECT seq, at, officer_id, action, subject, detail, prev_hash FROM audit ORDER BY seq',
  ).all();
  let prev = GENESIS_HASH;
  const update = db.prepare('UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const r of rows) {
    const hash = chainHash(prev, { seq: r.seq, at: r.at, officerId: r.officer_id, action: r.action, subject: r.subject, detail: r.detail });
    if (r.seq >= fromSeq) update.run(prev, hash, r.seq);
    prev = hash;
  }
}

describe('verifyAuditChain', () => {
  it('accepts an intact chain and reports its head', () => {
    const db = chainOf(50);
    const head = createAuditLog(db, clock).head();
    expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 50, head, receipts: 0 });
  });

  it('accepts an empty chain', () => {
    expect(verifyAuditChain(memoryDeskDb())).toMatchObject({ ok: true, rows: 0, head: { seq: 0, hash: GENESIS_HASH } });
  });

  it('the table itself refuses UPDATE and DELETE', () => {
    const db = chainOf(3);
    expect(() => db.prepare("UPDATE audit SET detail = '{}' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit WHERE seq = 2').run()).toThrow(/append-only/);
  });

  it('detects one changed byte at that row', () => {
    const db = chainOf(20);
    dropAuditGuards(db);
    db.prepare("UPDATE audit SET detail = replace(detail, '12', '13') WHERE seq = 12").run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, rows: 11, firstBad: { seq: 12, problem: 'hash' } });
  });

  it('detects a deleted row as a gap at the next row', () => {
    const db = chainOf(20);
    dropAuditGuards(db);
    db.prepare('DELETE FROM audit WHERE seq = 7').run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBad: { seq: 8, problem: 'gap' } });
  });

  it('detects the last row deleted once a receipt pinned it', () => {
    const db = chainOf(5);
    const head = createAuditLog(db, clock).head();
    storeReceipt(db, head.seq, head.hash);
    dropAuditGuards(db);
    db.prepare('DELETE FROM audit WHERE seq = 5').run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBad: { seq: 5, problem: 'receipt' } });
  });

  it('detects two rows swapped at the first of them', () => {
    const db = chainOf(20);
    dropAuditGuards(db);
    db.exec('UPDATE audit SET seq = -1 WHERE seq = 9; UPDATE audit SET seq = 9 WHERE seq = 10; UPDATE audit SET seq = 10 WHERE seq = -1;');
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, rows: 8, firstBad: { seq: 9, problem: 'prev' } });
  });

  it('detects a whole chain rebuilt consistently after a stored receipt', () => {
    const db = chainOf(30);
    const pinned = db.prepare<[], { hash: string }>('SELECT hash FROM audit WHERE seq = 20').get();
    storeReceipt(db, 20, pinned?.hash ?? '');
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, receipts: 1 });
    dropAuditGuards(db);
    db.prepare("UPDATE audit SET officer_id = 'someone_else' WHERE seq = 4").run();
    rebuildFrom(db, 4);
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, rows: 19, firstBad: { seq: 20, problem: 'receipt' } });
  });

  it('a chain rebuilt after the last receipt is only caught by the next receipt (limit of the design)', () => {
    const db = chainOf(10);
    const pinned = db.prepare<[], { hash: string }>('SELECT hash FROM audit WHERE seq = 5').get();
    storeReceipt(db, 5, pinned?.hash ?? '');
    dropAuditGuards(db);
    db.prepare("UPDATE audit SET subject = 'X' WHERE seq = 8").run();
    rebuildFrom(db, 8);
    expect(verifyAuditChain(db).ok).toBe(true);
  });
});

describe('chain hashing', () => {
  it('positional and object forms give the same hash, equal to SHA-256(prev ‖ canonical row)', async () => {
    const { createHash } = await import('node:crypto');
    const { canonicalRow, chainHashOf } = await import('./canonical');
    const row = { seq: 7, at: '2026-11-27T02:00:00.000Z', officerId: 'cán bộ', action: 'reveal', subject: null, detail: '{"lý do":"x"}' };
    const expected = createHash('sha256').update(GENESIS_HASH).update(canonicalRow(row)).digest('hex');
    expect(chainHash(GENESIS_HASH, row)).toBe(expected);
    expect(chainHashOf(GENESIS_HASH, row.seq, row.at, row.officerId, row.action, row.subject, row.detail)).toBe(expected);
  });
});
