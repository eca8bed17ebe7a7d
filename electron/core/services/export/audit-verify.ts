import type { AuditChainStatus, AuditWitness } from '../../../../shared/contract/supervisor';
import { verifyAuditChain, type AuditVerification } from '../../audit/verify';
import type { Db } from '../../db/connection';

/** What an export prints about the audit chain; injectable so tests can pin it. */
export type AuditChainVerifier = (db: Db) => Promise<AuditChainStatus>;

export const toChainStatus = (v: AuditVerification, witness: AuditWitness | null = null): AuditChainStatus => ({
  head: { seq: v.head.seq, hash: v.head.hash },
  ok: v.ok && (witness?.problems.length ?? 0) === 0,
  rows: v.rows,
  firstBadSeq: v.firstBad?.seq ?? witness?.problems[0]?.seq ?? null,
  witness,
});

/** The local chain only (links, hashes, stored receipts), without asking the portal. */
export const verifyAuditChainForExport: AuditChainVerifier = (db) => Promise.resolve(toChainStatus(verifyAuditChain(db)));

/** The local chain, then the portal's witness of it (the app's and the CLI's export footer). */
export const witnessedChainVerifier =
  (witness: () => Promise<AuditWitness>): AuditChainVerifier =>
  async (db) => toChainStatus(verifyAuditChain(db), await witness());
