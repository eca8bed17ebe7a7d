import type { AuditChainStatus } from '../../../../shared/contract/supervisor';
import { verifyAuditChain, type AuditVerification } from '../../audit/verify';
import type { Db } from '../../db/connection';

/** What an export prints about the audit chain; injectable so tests can pin it. */
export type AuditChainVerifier = (db: Db) => AuditChainStatus;

export const toChainStatus = (v: AuditVerification): AuditChainStatus => ({
  head: { seq: v.head.seq, hash: v.head.hash },
  ok: v.ok,
  rows: v.rows,
  firstBadSeq: v.firstBad?.seq ?? null,
});

/** The audit log's own verifier (chain and portal receipts), in the export's terms. */
export const verifyAuditChainForExport: AuditChainVerifier = (db) => toChainStatus(verifyAuditChain(db));
