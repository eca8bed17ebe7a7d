import { hash } from 'node:crypto';
import type { AuditFields } from '../db/audit/audit-table';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The canonical bytes of a row: fixed field order, JSON-escaped, so the same row
 * always hashes the same on every PC and in every language.
 */
export function canonicalRow(row: AuditFields): string {
  return JSON.stringify([row.seq, row.at, row.officerId, row.action, row.subject, row.detail]);
}

/** hash = SHA-256(prev ‖ canonical row), hex (UTF-8 bytes of both). */
export function chainHash(prevHash: string, row: AuditFields): string {
  return hash('sha256', prevHash + canonicalRow(row), 'hex');
}

/** The same hash from positional fields: the verifier's hot loop avoids building objects. */
export function chainHashOf(prevHash: string, seq: number, at: string, officerId: string, action: string, subject: string | null, detail: string): string {
  return hash('sha256', prevHash + JSON.stringify([seq, at, officerId, action, subject, detail]), 'hex');
}
