import type { AuditHead as PortalAuditHead, AuditReceipt } from '../../../shared/portal/results';
import type { ReceiptTable, StoredReceipt } from '../db/audit/receipt-table';
import type { PortalResult } from '../portal/errors';
import type { AuditLog } from './audit-log';

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
}

/**
 * Deposits this PC's chain head with the portal and stores the receipt. Called on each
 * sync; a head already receipted is not sent again. A receipt that does not echo the
 * head we sent is refused, never stored.
 */
export async function sendAuditHead(options: SendAuditHeadOptions): Promise<SendHeadOutcome> {
  const { receipts, audit, client, token, officerId, deviceId, portalName } = options;
  const head = audit.head();
  if (head.seq === 0) return { sent: false, reason: 'empty' };
  const last = receipts.latest();
  if (last && last.seq === head.seq && last.hash === head.hash) return { sent: false, reason: 'already_receipted' };
  const result = await client.postAuditReceipt(token, { officerId, deviceId, seq: head.seq, hash: head.hash });
  if (!result.ok) return { sent: false, reason: 'portal_error', error: result.error.kind };
  const receipt = result.value;
  if (receipt.seq !== head.seq || receipt.hash !== head.hash) {
    return { sent: false, reason: 'portal_error', error: 'receipt_mismatch' };
  }
  const stored: StoredReceipt = { seq: receipt.seq, hash: receipt.hash, receiptId: receipt.receiptId, receivedAt: receipt.receivedAt, portal: portalName };
  receipts.keep({ ...stored, signature: receipt.signature });
  return { sent: true, receipt: stored };
}
