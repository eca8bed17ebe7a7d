import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { auditReceiptSigningText, type ReceiptClaim } from '../shared/portal/audit-receipt-signing';

/** PKCS#8 wrapper of a raw 32-byte Ed25519 private key (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The simulator's receipt key pair. Fixed (derived from a public phrase), so the training desk
 * can pin its public key; it is a simulator's key and vouches for nothing outside training.
 */
const SIM_PRIVATE_KEY: KeyObject = createPrivateKey({
  key: Buffer.concat([ED25519_PKCS8_PREFIX, createHash('sha256').update('onestop portal-sim audit receipts').digest()]),
  format: 'der',
  type: 'pkcs8',
});

/** Base64 SPKI DER, the form a machine config pins (`portal.receiptPublicKey`). */
export const SIM_RECEIPT_PUBLIC_KEY: string = createPublicKey(SIM_PRIVATE_KEY).export({ format: 'der', type: 'spki' }).toString('base64');

/** Signs a receipt the way a portal must: Ed25519 over the shared signing text, base64. */
export const signReceipt = (claim: ReceiptClaim, key: KeyObject = SIM_PRIVATE_KEY): string =>
  sign(null, Buffer.from(auditReceiptSigningText(claim), 'utf8'), key).toString('base64');
