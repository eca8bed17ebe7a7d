import type { KeyObject } from 'node:crypto';
import type { z } from 'zod';
import type { AuditWitness, witnessProblemSchema, witnessSourceSchema } from '../../../shared/contract/supervisor';
import type { AuditReceipt } from '../../../shared/portal/results';
import type { Db } from '../db/connection';
import type { PortalResult } from '../portal/errors';
import type { AuditHead } from './audit-log';
import { receiptSignedBy } from './receipt-key';
import { createWitnessRows } from '../db/audit/witness-rows';

export type WitnessSource = z.infer<typeof witnessSourceSchema>;
export type WitnessProblem = z.infer<typeof witnessProblemSchema>;
/** receipts: verified ones; anchoredSeq: highest seq they anchor; unanchoredRows: the tail after it. */
export type WitnessCheck = AuditWitness;

/** Receipts made before receipts were signed with Ed25519 (an HMAC, hex): they vouch for nothing. */
const LEGACY_SIGNATURE = /^[0-9a-f]{64}$/;

export const storedReceipts = (db: Db, deviceId: string): AuditReceipt[] => createWitnessRows(db).storedReceipts(deviceId);

export interface WitnessInput {
  readonly db: Db;
  readonly head: AuditHead;
  readonly deviceId: string;
  readonly key: KeyObject | null;
  /** The portal's receipts for this device; null when the portal could not be asked. */
  readonly portalReceipts: readonly AuditReceipt[] | null;
  /** Why the portal was not asked (ignored when portalReceipts is given). */
  readonly notAsked?: Exclude<WitnessSource, 'portal' | 'no_key'>;
}

/**
 * Checks the local chain against the heads the portal witnessed. Anyone holding the database
 * key can rewrite rows, re-hash and re-pin local receipts, but cannot sign as the portal nor
 * change what the portal keeps: a rewritten row shows as a mismatch, a cut chain as a missing
 * row, a re-pinned receipt as forged or unknown to the portal.
 */
export function checkWitness(input: WitnessInput): WitnessCheck {
  const { db, head, deviceId, key } = input;
  if (!input.portalReceipts && input.notAsked === 'unavailable_dialect') {
    return { source: 'unavailable_dialect', receipts: 0, anchoredSeq: 0, unanchoredRows: head.seq, problems: [] };
  }
  if (!key) return { source: 'no_key', receipts: 0, anchoredSeq: 0, unanchoredRows: head.seq, problems: [] };
  const rows = createWitnessRows(db);
  const problems: { seq: number; problem: WitnessProblem; receiptId: string }[] = [];
  const stored = rows.storedReceipts(deviceId).filter((r) => !LEGACY_SIGNATURE.test(r.signature));
  const witness = input.portalReceipts ?? stored;
  let receipts = 0;
  let anchoredSeq = 0;
  for (const r of witness) {
    if (r.deviceId !== deviceId || !receiptSignedBy(key, r)) {
      problems.push({ seq: r.seq, problem: 'forged', receiptId: r.receiptId });
      continue;
    }
    receipts += 1;
    const local = rows.hashAt(r.seq);
    if (local === null) problems.push({ seq: r.seq, problem: 'missing_row', receiptId: r.receiptId });
    else if (local !== r.hash) problems.push({ seq: r.seq, problem: 'mismatch', receiptId: r.receiptId });
    else anchoredSeq = Math.max(anchoredSeq, r.seq);
  }
  if (input.portalReceipts) {
    // A stored receipt counts as issued only if the portal lists it with the same seq and hash.
    const claimOf = (r: AuditReceipt) => `${r.receiptId}\n${r.seq}\n${r.hash}`;
    const issued = new Set(input.portalReceipts.map(claimOf));
    for (const r of stored) {
      if (issued.has(claimOf(r))) continue;
      const problem: WitnessProblem = receiptSignedBy(key, r) ? 'unknown_to_portal' : 'forged';
      problems.push({ seq: r.seq, problem, receiptId: r.receiptId });
    }
  }
  problems.sort((a, b) => a.seq - b.seq);
  const source: WitnessSource = input.portalReceipts ? 'portal' : (input.notAsked ?? 'stored_unreachable');
  return { source, receipts, anchoredSeq, unanchoredRows: Math.max(0, head.seq - anchoredSeq), problems };
}

/** How the witness is asked: the portal's list for this device, or why it cannot be. */
export type WitnessAsk =
  | { readonly kind: 'ask'; readonly list: () => Promise<PortalResult<readonly AuditReceipt[]>> }
  | { readonly kind: 'cannot'; readonly why: Exclude<WitnessSource, 'portal' | 'no_key'> };

/** Asks the portal for its receipts, then checks; falls back to the stored ones when it cannot answer. */
export async function askWitness(base: Omit<WitnessInput, 'portalReceipts' | 'notAsked'>, ask: WitnessAsk): Promise<WitnessCheck> {
  if (ask.kind === 'cannot' || !base.key) return checkWitness({ ...base, portalReceipts: null, ...(ask.kind === 'cannot' ? { notAsked: ask.why } : {}) });
  const listed = await ask.list();
  return checkWitness({ ...base, portalReceipts: listed.ok ? listed.value : null, notAsked: 'stored_unreachable' });
}

/** The parts of a portal connection the witness needs (PortalConnection satisfies it). */
export interface WitnessPortal {
  readonly dialect: 'onestop' | 'opencps';
  readonly receiptKey: KeyObject | null;
  readonly client: { listAuditReceipts(token: string, deviceId: string): Promise<PortalResult<readonly AuditReceipt[]>> };
  readonly tokenFor: (officerId: string) => Promise<string | null>;
}

/** Asks this portal, as this officer, what it witnessed for this device (see askWitness). */
export async function askPortalWitness(
  options: { readonly db: Db; readonly head: AuditHead; readonly deviceId: string; readonly officerId: string | null },
  portal: WitnessPortal | null,
  fallbackKey: KeyObject | null,
): Promise<WitnessCheck> {
  const base = { db: options.db, head: options.head, deviceId: options.deviceId, key: portal?.receiptKey ?? fallbackKey };
  if (!portal) return askWitness(base, { kind: 'cannot', why: 'stored_unreachable' });
  if (portal.dialect === 'opencps') return askWitness(base, { kind: 'cannot', why: 'unavailable_dialect' });
  const token = options.officerId ? await portal.tokenFor(options.officerId) : null;
  if (!token) return askWitness(base, { kind: 'cannot', why: 'stored_not_signed_in' });
  return askWitness(base, { kind: 'ask', list: () => portal.client.listAuditReceipts(token, options.deviceId) });
}
