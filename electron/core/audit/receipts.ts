import type { AuditHead as PortalAuditHead, AuditReceipt } from '../../../shared/portal/results';
import type { KeyObject } from 'node:crypto';
import type { Db } from '../db/connection';
import type { PortalResult } from '../portal/errors';
import type { AuditLog } from './audit-log';
import { receiptSignedBy } from './receipt-key';

/** The one portal operation receipts need (PortalClient satisfies it). */
export interface AuditReceiptPortal {
  postAuditReceipt(token: string, head: PortalAuditHead): Promise<PortalResult<AuditReceipt>>;
}

export interface StoredReceipt {
  readonly seq: number;
  readonly hash: string;
  readonly receiptId: string;
  readonly receivedAt: string;
  readonly portal: string;
}

export type SendHeadOutcome =
  | { readonly sent: false; readonly reason: 'empty' | 'already_receipted' }
  | { readonly sent: true; readonly receipt: StoredReceipt }
  | { readonly sent: false; readonly reason: 'portal_error'; readonly error: string };

export function latestReceipt(db: Db): StoredReceipt | null {
  const row = db
    .prepare<[], { seq: number; hash: string; receipt_id: string; received_at: string; portal: string }>(
      'SELECT seq, hash, receipt_id, received_at, portal FROM audit_receipt ORDER BY seq DESC, id DESC LIMIT 1',
    )
    .get();
  return row ? { seq: row.seq, hash: row.hash, receiptId: row.receipt_id, receivedAt: row.received_at, portal: row.portal } : null;
}

export interface SendAuditHeadOptions {
  readonly db: Db;
  readonly audit: AuditLog;
  readonly client: AuditReceiptPortal;
  readonly token: string;
  readonly officerId: string;
  /** This PC's install identifier (deviceIdOf(store)); the portal keeps one chain per device. */
  readonly deviceId: string;
  /** Names the portal in the stored receipt (its base URL or "training simulator"). */
  readonly portalName: string;
  /** The portal's pinned receipt key; null: receipts cannot be checked, so none is stored. */
  readonly receiptKey: KeyObject | null;
}

/**
 * Deposits this PC's chain head with the portal and stores the receipt. Called after each
 * pull and each delivery round; a head already receipted is not sent again. A receipt that
 * does not echo the head we sent, or that the pinned portal key did not sign, is refused,
 * never stored.
 */
export async function sendAuditHead(options: SendAuditHeadOptions): Promise<SendHeadOutcome> {
  const { db, audit, client, token, officerId, deviceId, portalName, receiptKey } = options;
  const head = audit.head();
  if (head.seq === 0) return { sent: false, reason: 'empty' };
  const last = latestReceipt(db);
  if (last && last.seq === head.seq && last.hash === head.hash) return { sent: false, reason: 'already_receipted' };
  const result = await client.postAuditReceipt(token, { officerId, deviceId, seq: head.seq, hash: head.hash });
  if (!result.ok) return { sent: false, reason: 'portal_error', error: result.error.kind };
  const receipt = result.value;
  if (receipt.seq !== head.seq || receipt.hash !== head.hash || receipt.deviceId !== deviceId) {
    return { sent: false, reason: 'portal_error', error: 'receipt_mismatch' };
  }
  if (!receiptKey) return { sent: false, reason: 'portal_error', error: 'receipt_key_missing' };
  if (!receiptSignedBy(receiptKey, receipt)) return { sent: false, reason: 'portal_error', error: 'receipt_forged' };
  db.prepare(
    'INSERT OR IGNORE INTO audit_receipt (seq, hash, receipt_id, received_at, portal, signature) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(receipt.seq, receipt.hash, receipt.receiptId, receipt.receivedAt, portalName, receipt.signature);
  return { sent: true, receipt: { seq: receipt.seq, hash: receipt.hash, receiptId: receipt.receiptId, receivedAt: receipt.receivedAt, portal: portalName } };
}
