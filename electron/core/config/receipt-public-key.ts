import { createPublicKey, type KeyObject } from 'node:crypto';

/** The portal's pinned receipt key, from its base64 SPKI form; null when it is not an Ed25519 key. */
export function parseReceiptPublicKey(base64Spki: string): KeyObject | null {
  try {
    const key = createPublicKey({ key: Buffer.from(base64Spki, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}
