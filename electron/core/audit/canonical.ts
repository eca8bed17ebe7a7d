import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  readonly seq: number;
  readonly at: string;
  readonly officerId: string;
  readonly action: string;
  readonly subject: string | null;
  readonly detail: string;
}

/**
 * The canonical bytes of a row: fixed field order, JSON-escaped, so the same row
 * always hashes the same on every PC and in every language.
 */
export function canonicalRow(row: AuditFields): string {
  return JSON.stringify([row.seq, row.at, row.officerId, row.action, row.subject, row.detail]);
}

/** hash = SHA-256(prev ‖ canonical row), hex. */
export function chainHash(prevHash: string, row: AuditFields): string {
  return createHash('sha256').update(prevHash).update(canonicalRow(row)).digest('hex');
}
