import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost of a stored verifier. */
export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}
/** The floor: a verifier below it (a stolen or planted cheap one) never signs anyone in. */
export const MIN_SCRYPT_N = 2 ** 17;
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: MIN_SCRYPT_N, r: 8, p: 1 };
/** Above this a stored verifier would only cost memory and time (a planted one as a denial of service). */
const MAX_SCRYPT_N = 2 ** 20;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem above 128·N·r so the default cost never trips Node's 32 MiB guard.
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...cost, maxmem: 256 * cost.N * cost.r }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** "scrypt$N$r$p$salt$hash" (base64): self-describing, so the cost can rise later. */
export async function makeVerifier(password: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

const isPowerOfTwo = (n: number): boolean => Number.isInteger(n) && n > 1 && (n & (n - 1)) === 0;

/** The cost a stored verifier claims, or null when it is malformed or outside [minimumN, 2^20]. */
export function verifierCost(verifier: string, minimumN: number = MIN_SCRYPT_N): ScryptCost | null {
  const [scheme, n, r, p, salt, hash] = verifier.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return null;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (!isPowerOfTwo(cost.N) || cost.N < minimumN || cost.N > MAX_SCRYPT_N) return null;
  if (cost.r !== 8 || !Number.isInteger(cost.p) || cost.p < 1 || cost.p > 4) return null;
  return cost;
}

/** True only for the right password against a verifier at or above the cost floor. */
export async function checkVerifier(password: string, verifier: string, minimumN: number = MIN_SCRYPT_N): Promise<boolean> {
  const cost = verifierCost(verifier, minimumN);
  if (!cost) return false;
  const [, , , , salt = '', hash = ''] = verifier.split('$');
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), cost);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
