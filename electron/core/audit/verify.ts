import { createAuditChainRows } from '../db/audit/audit-chain-rows';
import type { Db } from '../db/connection';
import { GENESIS_HASH, chainHashOf } from './canonical';

export type AuditProblem = 'hash' | 'gap' | 'prev' | 'receipt';

export interface AuditVerification {
  readonly ok: boolean;
  /** Rows read before the first problem (all rows when ok). */
  readonly rows: number;
  readonly head: { readonly seq: number; readonly hash: string };
  readonly receipts: number;
  readonly firstBad?: { readonly seq: number; readonly problem: AuditProblem };
}

function receiptsBySeq(chain: ReturnType<typeof createAuditChainRows>): Map<number, string[]> {
  const bySeq = new Map<number, string[]>();
  for (const r of chain.receipts()) bySeq.set(r.seq, [...(bySeq.get(r.seq) ?? []), r.hash]);
  return bySeq;
}

/**
 * Walks the audit chain in seq order without loading it: each row must follow the
 * previous one (seq + 1), name the previous hash, and hash to its stored value; every
 * receipt the portal gave must match the row it pinned. Reports the first bad row.
 */
export function verifyAuditChain(db: Db): AuditVerification {
  const chain = createAuditChainRows(db);
  const receipts = receiptsBySeq(chain);
  const receiptCount = [...receipts.values()].reduce((n, list) => n + list.length, 0);
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let count = 0;
  let head = { seq: 0, hash: GENESIS_HASH };
  const broken = (seq: number, problem: AuditProblem): AuditVerification => ({
    ok: false, rows: count, head, receipts: receiptCount, firstBad: { seq, problem },
  });
  for (const raw of chain.rows()) {
    const [seq, at, officerId, action, subject, detail, prevHash, hash] = raw;
    if (seq !== expectedSeq) return broken(seq, 'gap');
    if (prevHash !== prev) return broken(seq, 'prev');
    if (chainHashOf(prev, seq, at, officerId, action, subject, detail) !== hash) return broken(seq, 'hash');
    const pinned = receipts.get(seq);
    if (pinned && pinned.some((h) => h !== hash)) return broken(seq, 'receipt');
    prev = hash;
    expectedSeq = seq + 1;
    count += 1;
    head = { seq, hash };
  }
  // A receipt beyond the head means the chain was cut or rebuilt shorter.
  const beyond = [...receipts.keys()].filter((seq) => seq > head.seq && seq > 0).sort((a, b) => a - b)[0];
  if (beyond !== undefined) return broken(beyond, 'receipt');
  return { ok: true, rows: count, head, receipts: receiptCount };
}
