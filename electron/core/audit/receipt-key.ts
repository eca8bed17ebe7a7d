import { verify, type KeyObject } from 'node:crypto';
import { auditReceiptSigningText } from '../../../shared/portal/audit-receipt-signing';
import type { AuditReceipt } from '../../../shared/portal/results';

/** True only when the pinned key signed exactly this receipt (id, device, seq, hash, time). */
export function receiptSignedBy(key: KeyObject, receipt: AuditReceipt): boolean {
  try {
    return verify(null, Buffer.from(auditReceiptSigningText(receipt), 'utf8'), key, Buffer.from(receipt.signature, 'base64'));
  } catch {
    return false;
  }
}
