/** The fields a portal receipt vouches for (receivedAt as an ISO instant, second precision). */
export interface ReceiptClaim {
  readonly receiptId: string;
  readonly deviceId: string;
  readonly seq: number;
  readonly hash: string;
  readonly receivedAt: string;
}

/**
 * The exact text the portal signs (Ed25519) and the desk verifies: versioned, one field a
 * line, so no field can bleed into another. Shared so signer and verifier cannot drift.
 */
export const auditReceiptSigningText = (c: ReceiptClaim): string =>
  ['onestop-audit-receipt/1', c.receiptId, c.deviceId, String(c.seq), c.hash, c.receivedAt].join('\n');
