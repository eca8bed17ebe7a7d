import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SIM_RECEIPT_PUBLIC_KEY, signReceipt } from '../../../portal-sim/receipt-key';
import type { AuditHead, AuditReceipt } from '../../../shared/portal/results';
import { parseReceiptPublicKey } from '../config/receipt-public-key';
import type { PortalResult } from '../portal/errors';
import { createAuditLog } from './audit-log';
import { createReceiptTable } from '../db/audit/receipt-table';
import { sendAuditHead } from './receipts';
import { memoryDeskDb } from './test-db';
import { verifyAuditChain } from './verify';

const SIM_KEY = parseReceiptPublicKey(SIM_RECEIPT_PUBLIC_KEY);

function setup(answer: (head: AuditHead) => PortalResult<AuditReceipt>) {
  const db = memoryDeskDb();
  const audit = createAuditLog(db, () => new Date('2026-11-27T02:00:00.000Z'));
  const sent: AuditHead[] = [];
  const client = { postAuditReceipt: (_token: string, head: AuditHead) => { sent.push(head); return Promise.resolve(answer(head)); } };
  const send = () => sendAuditHead({ receipts: createReceiptTable(db), audit, client, token: 't', officerId: 'CB01', deviceId: 'A1B2C3', portalName: 'http://127.0.0.1:1', receiptKey: SIM_KEY });
  return { db, audit, sent, send };
}
const signedBy = (key?: Parameters<typeof signReceipt>[1]) => (head: AuditHead): PortalResult<AuditReceipt> => {
  const claim = { receiptId: `R${head.seq}`, deviceId: head.deviceId, seq: head.seq, hash: head.hash, receivedAt: '2026-11-27T02:00:01.000Z' };
  return { ok: true, value: { ...claim, signature: signReceipt(claim, key) } };
};

describe('sendAuditHead', () => {
  it('posts the head with this PC\'s device id, stores the portal-signed receipt once, and verify then counts it', async () => {
    const t = setup(signedBy());
    await expect(t.send()).resolves.toEqual({ sent: false, reason: 'empty' });
    t.audit.append({ officerId: 'CB01', action: 'sign_in' });
    const head = t.audit.head();
    await expect(t.send()).resolves.toMatchObject({ sent: true, receipt: { seq: 1, hash: head.hash, receiptId: 'R1' } });
    expect(t.sent[0]).toMatchObject({ officerId: 'CB01', seq: 1, hash: head.hash, deviceId: 'A1B2C3' });
    await expect(t.send()).resolves.toEqual({ sent: false, reason: 'already_receipted' });
    expect(t.sent).toHaveLength(1);
    expect(createReceiptTable(t.db).latest()).toMatchObject({ seq: 1, portal: 'http://127.0.0.1:1' });
    expect(verifyAuditChain(t.db)).toMatchObject({ ok: true, receipts: 1 });
  });

  it('refuses a receipt signed with another key than the pinned one (a rogue gateway), and stores nothing', async () => {
    const rogue = generateKeyPairSync('ed25519').privateKey;
    const t = setup(signedBy(rogue));
    t.audit.append({ officerId: 'CB01', action: 'sign_in' });
    await expect(t.send()).resolves.toMatchObject({ sent: false, error: 'receipt_forged' });
    expect(createReceiptTable(t.db).latest()).toBeNull();
  });

  it('refuses a receipt that does not echo the head, and a portal failure stores nothing', async () => {
    const wrong = setup((head) => signedBy()({ ...head, hash: 'f'.repeat(64) }));
    wrong.audit.append({ officerId: 'CB01', action: 'sign_in' });
    await expect(wrong.send()).resolves.toMatchObject({ sent: false, error: 'receipt_mismatch' });
    expect(createReceiptTable(wrong.db).latest()).toBeNull();
    const down = setup(() => ({ ok: false, error: { kind: 'offline', message: 'down', cause: null } }));
    down.audit.append({ officerId: 'CB01', action: 'sign_in' });
    await expect(down.send()).resolves.toMatchObject({ sent: false, reason: 'portal_error', error: 'offline' });
    expect(createReceiptTable(down.db).latest()).toBeNull();
  });
});
