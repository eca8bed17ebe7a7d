import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SIM_RECEIPT_PUBLIC_KEY, signReceipt } from '../../../portal-sim/receipt-key';
import type { AuditReceipt } from '../../../shared/portal/results';
import { parseReceiptPublicKey } from '../config/receipt-public-key';
import { createAuditLog } from './audit-log';
import { GENESIS_HASH, chainHash } from './canonical';
import { dropAuditGuards, memoryDeskDb } from './test-db';
import { verifyAuditChain } from './verify';
import { askPortalWitness, checkWitness, type WitnessPortal } from './witness';

const DEVICE = 'A1B2C3';
const KEY = parseReceiptPublicKey(SIM_RECEIPT_PUBLIC_KEY);

/** What the portal (the simulator's key) signs for a head. */
function portalReceipt(seq: number, hash: string, key?: Parameters<typeof signReceipt>[1]): AuditReceipt {
  const claim = { receiptId: `BN-${seq}`, deviceId: DEVICE, seq, hash, receivedAt: '2026-11-27T02:00:00.000Z' };
  return { ...claim, signature: signReceipt(claim, key) };
}

function desk() {
  const db = memoryDeskDb();
  const audit = createAuditLog(db, () => new Date('2026-11-27T02:00:00.000Z'));
  const portal: AuditReceipt[] = [];
  const keep = (r: AuditReceipt) => {
    db.prepare('INSERT INTO audit_receipt (seq, hash, receipt_id, received_at, portal, signature) VALUES (?, ?, ?, ?, ?, ?)').run(r.seq, r.hash, r.receiptId, r.receivedAt, 'sim', r.signature);
  };
  for (let i = 1; i <= 12; i += 1) {
    const head = audit.append({ officerId: 'CB01', action: 'action_queued', subject: `D-${i}`, detail: { i } });
    if (i === 5 || i === 10) {
      const r = portalReceipt(head.seq, head.hash);
      portal.push(r);
      keep(r);
    }
  }
  const check = (portalReceipts: readonly AuditReceipt[] | null = portal) => checkWitness({ db, head: audit.head(), deviceId: DEVICE, key: KEY, portalReceipts });
  return { db, audit, portal, keep, check };
}

/** The attacker with the database key: rewrite a row, re-hash everything after it, re-pin a receipt. */
function rewriteAndRepin(t: ReturnType<typeof desk>, repinKey: Parameters<typeof signReceipt>[1]) {
  dropAuditGuards(t.db);
  t.db.exec('DROP TRIGGER audit_receipt_no_delete');
  t.db.prepare("UPDATE audit SET detail = '{\"i\":0}' WHERE seq = 3").run();
  let prev = GENESIS_HASH;
  const rows = t.db.prepare<[], { seq: number; at: string; officer_id: string; action: string; subject: string | null; detail: string }>('SELECT seq, at, officer_id, action, subject, detail FROM audit ORDER BY seq').all();
  for (const r of rows) {
    const hash = chainHash(prev, { seq: r.seq, at: r.at, officerId: r.officer_id, action: r.action, subject: r.subject, detail: r.detail });
    t.db.prepare('UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, r.seq);
    prev = hash;
  }
  t.db.exec('DELETE FROM audit_receipt');
  t.keep({ ...portalReceipt(12, prev, repinKey), receiptId: 'BN-FAKE' });
}

describe('the portal witnesses the audit chain', () => {
  it('anchors the chain up to the last receipted head and counts the tail not yet anchored', () => {
    const t = desk();
    expect(t.check()).toEqual({ source: 'portal', receipts: 2, anchoredSeq: 10, unanchoredRows: 2, problems: [] });
    t.audit.append({ officerId: 'CB01', action: 'sign_out' });
    expect(t.check()).toMatchObject({ anchoredSeq: 10, unanchoredRows: 3 });
  });

  it('reports tampering after rows are rewritten, the chain re-hashed and the receipt re-pinned', () => {
    const t = desk();
    rewriteAndRepin(t, generateKeyPairSync('ed25519').privateKey);
    // The local chain alone cannot tell: it links and hashes again.
    expect(verifyAuditChain(t.db)).toMatchObject({ ok: true, rows: 12 });
    const verdict = t.check();
    expect(verdict.problems).toEqual([
      { seq: 5, problem: 'mismatch', receiptId: 'BN-5' },
      { seq: 10, problem: 'mismatch', receiptId: 'BN-10' },
      { seq: 12, problem: 'forged', receiptId: 'BN-FAKE' },
    ]);
    expect(verdict).toMatchObject({ anchoredSeq: 0, unanchoredRows: 12 });
  });

  it('offline, the stored receipts still expose a forged re-pin (not the pinned key)', () => {
    const t = desk();
    rewriteAndRepin(t, generateKeyPairSync('ed25519').privateKey);
    expect(t.check(null)).toMatchObject({ source: 'stored_unreachable', receipts: 0, problems: [{ seq: 12, problem: 'forged' }], unanchoredRows: 12 });
  });

  it('reports a receipt the portal never issued, and a row the portal receipted that the chain no longer has', () => {
    const t = desk();
    t.keep(portalReceipt(11, t.db.prepare<[], { hash: string }>('SELECT hash FROM audit WHERE seq = 11').get()?.hash ?? ''));
    expect(t.check().problems).toEqual([{ seq: 11, problem: 'unknown_to_portal', receiptId: 'BN-11' }]);
    dropAuditGuards(t.db);
    t.db.exec('DELETE FROM audit WHERE seq >= 9');
    expect(t.check(t.portal).problems).toContainEqual({ seq: 10, problem: 'missing_row', receiptId: 'BN-10' });
  });

  it('a receipt signed with another key never anchors anything', () => {
    const t = desk();
    const rogue = generateKeyPairSync('ed25519').privateKey;
    const head = t.audit.head();
    const verdict = t.check([portalReceipt(head.seq, head.hash, rogue)]);
    expect(verdict).toMatchObject({ receipts: 0, anchoredSeq: 0, unanchoredRows: 12 });
    expect(verdict.problems).toContainEqual({ seq: 12, problem: 'forged', receiptId: 'BN-12' });
  });

  it('says plainly that an OpenCPS portal cannot anchor, and asks no one', async () => {
    const t = desk();
    let asked = false;
    const opencps: WitnessPortal = {
      dialect: 'opencps', receiptKey: null, tokenFor: () => Promise.resolve('t'),
      client: { listAuditReceipts: () => { asked = true; return Promise.resolve({ ok: true, value: [] }); } },
    };
    await expect(askPortalWitness({ db: t.db, head: t.audit.head(), deviceId: DEVICE, officerId: 'CB01' }, opencps, null)).resolves.toMatchObject({ source: 'unavailable_dialect', unanchoredRows: 12 });
    expect(asked).toBe(false);
  });

  it('falls back to the stored receipts when the portal is down, and when nobody is signed in', async () => {
    const t = desk();
    const portal: WitnessPortal = {
      dialect: 'onestop', receiptKey: KEY, tokenFor: () => Promise.resolve('t'),
      client: { listAuditReceipts: () => Promise.resolve({ ok: false, error: { kind: 'offline', message: 'down', cause: null } }) },
    };
    const base = { db: t.db, head: t.audit.head(), deviceId: DEVICE };
    await expect(askPortalWitness({ ...base, officerId: 'CB01' }, portal, null)).resolves.toMatchObject({ source: 'stored_unreachable', anchoredSeq: 10, problems: [] });
    await expect(askPortalWitness({ ...base, officerId: null }, portal, null)).resolves.toMatchObject({ source: 'stored_not_signed_in', anchoredSeq: 10 });
  });
});
