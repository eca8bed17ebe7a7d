import type { AuditHead as PortalAuditHead, AuditReceipt } from '../../../shared/portal/results';
import type { ReceiptTable, StoredReceipt } from '../db/audit/receipt-table';
import type { KeyObject } from 'node:crypto';
import type { PortalResult } from '../portal/errors';
import type { AuditLog } from './audit-log';
import { receiptSignedBy } from './receipt-key';

/** The one portal operation receipts need (PortalClient satisfies it). */
export interface AuditReceiptPortal {
  postAuditReceipt(token: string, head: PortalAuditHead): Promise<PortalResult<AuditReceipt>>;
}

export type SendHeadOutcome =
  | { readonly sent: false; readonly reason: 'empty' | 'already_receipted' }
  | { readonly sent: true; readonly receipt: StoredReceipt }
  | { readonly sent: false; readonly reason: 'portal_error'; readonly error: string };

export interface SendAuditHeadOptions {
  readonly receipts: ReceiptTable;
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
  const { receipts, audit, client, token, officerId, deviceId, portalName, receiptKey } = options;
  const head = audit.head();
  if (head.seq === 0) return { sent: false, reason: 'empty' };
  const last = receipts.latest();
  if (last && last.seq === head.seq && last.hash === head.hash) return { sent: false, reason: 'already_receipted' };
  const result = await client.postAuditReceipt(token, { officerId, deviceId, seq: head.seq, hash: head.hash });
  if (!result.ok) return { sent: false, reason: 'portal_error', error: result.error.kind };
  const receipt = result.value;
  if (receipt.seq !== head.seq || receipt.hash !== head.hash || receipt.deviceId !== deviceId) {
    return { sent: false, reason: 'portal_error', error: 'receipt_mismatch' };
  }
  if (!receiptKey) return { sent: false, reason: 'portal_error', error: 'receipt_key_missing' };
  if (!receiptSignedBy(receiptKey, receipt)) return { sent: false, reason: 'portal_error', error: 'receipt_forged' };
  const stored: StoredReceipt = { seq: receipt.seq, hash: receipt.hash, receiptId: receipt.receiptId, receivedAt: receipt.receivedAt, portal: portalName };
  receipts.keep({ ...stored, signature: receipt.signature });
  return { sent: true, receipt: stored };
}
