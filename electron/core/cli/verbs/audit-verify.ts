import { join } from 'node:path';
import { DeskFailure } from '../../../../shared/contract/errors';
import type { AuditWitness } from '../../../../shared/contract/supervisor';
import { createAuditLog } from '../../audit/audit-log';
import { verifyAuditChain, type AuditVerification } from '../../audit/verify';
import { activeDialect } from '../../config/active-dialect';
import { witnessLines } from '../../audit/witness-text';
import { loadMachineConfig } from '../../config/load';
import { defaultDataRoot, machineConfigPath } from '../../config/paths';
import { openDatabaseForTools } from '../../keys/tool-database';
import { say, type CliIo } from '../io';
import type { Verb } from '../verb';
import { officerFlagSpec } from '../args';
import { witnessForCli } from './audit-witness';
import { printConfigIssues } from './config-issues';

const PROBLEM = {
  hash: { vi: 'nội dung dòng không khớp mã băm', en: "the row's content does not match its hash" },
  gap: { vi: 'thiếu dòng trước đó (số thứ tự bị đứt)', en: 'a row before it is missing (sequence gap)' },
  prev: { vi: 'không nối đúng với dòng trước (bị đổi thứ tự hoặc chèn)', en: 'does not link to the previous row (reordered or inserted)' },
  receipt: { vi: 'không khớp biên nhận cổng dịch vụ đã cấp (chuỗi bị dựng lại)', en: 'does not match a receipt the portal issued (chain rebuilt)' },
} as const;

/** OpenCPS has no endpoint that keeps a chain head: the chain is checked on this PC alone. */
const NO_RECEIPTS = {
  vi: 'Hệ thống một cửa OpenCPS không cấp biên nhận kiểm toán: chuỗi chỉ được kiểm tra trên máy này, không đối chiếu được với cổng.',
  en: 'The OpenCPS one-stop system issues no audit receipts: the chain is checked on this PC only, with nothing at the portal to compare it with.',
};

function printHuman(io: CliIo, result: AuditVerification, witness: AuditWitness, receiptsAvailable: boolean): void {
  if (!receiptsAvailable) io.out(say(io, NO_RECEIPTS));
  const bad = result.firstBad;
  if (bad) {
    io.out(say(io, {
      vi: `Nhật ký kiểm toán BỊ HỎNG tại dòng #${bad.seq}: ${PROBLEM[bad.problem].vi}. ${result.rows} dòng trước đó hợp lệ.`,
      en: `Audit log BROKEN at row #${bad.seq}: ${PROBLEM[bad.problem].en}. ${result.rows} rows before it are valid.`,
    }));
  } else if (witness.problems.length > 0) {
    io.out(say(io, {
      vi: `Nhật ký kiểm toán BỊ SỬA: chuỗi trên máy tự khớp (${result.rows} dòng) nhưng không khớp với những gì Cổng đã xác nhận.`,
      en: `Audit log TAMPERED WITH: the chain on this PC is self-consistent (${result.rows} rows) but does not match what the portal receipted.`,
    }));
  } else {
    io.out(say(io, {
      vi: `Nhật ký kiểm toán nguyên vẹn: ${result.rows} dòng, ${result.receipts} biên nhận. Đầu chuỗi #${result.head.seq} ${result.head.hash}`,
      en: `Audit log intact: ${result.rows} rows, ${result.receipts} receipts. Head #${result.head.seq} ${result.head.hash}`,
    }));
  }
  // On OpenCPS the witness has nothing to add: NO_RECEIPTS above already says it, once.
  if (receiptsAvailable) for (const line of witnessLines(witness)) io.out(say(io, line));
}

export const auditVerifyVerb: Verb = {
  name: 'audit verify',
  usage: 'desk audit verify [--officer ID] [--json] [--data-dir DIR] [--config FILE]',
  summary: {
    vi: 'Kiểm tra chuỗi băm nhật ký kiểm toán, đối chiếu với biên nhận Cổng đã cấp cho máy này',
    en: 'Check the audit hash chain against the receipts the portal issued to this PC',
  },
  flags: officerFlagSpec,
  async run({ io, flags }) {
    const configPath = flags.config ?? machineConfigPath();
    const loaded = loadMachineConfig(configPath);
    if (!loaded.ok) {
      printConfigIssues(io, configPath, loaded.issues);
      return 1;
    }
    const dataDir = join(flags['data-dir'] ?? defaultDataRoot(), loaded.config.mode);
    let result: AuditVerification;
    let witness: AuditWitness;
    try {
      const db = openDatabaseForTools(dataDir);
      try {
        result = verifyAuditChain(db);
        const head = createAuditLog(db, () => new Date()).head();
        witness = await witnessForCli(io, { db, head, config: loaded.config, dataDir, officer: flags.officer });
      } finally {
        db.close();
      }
    } catch (error) {
      if (!(error instanceof DeskFailure)) throw error;
      if (io.json) io.out(JSON.stringify({ ok: false, error: { code: error.code, message: error.message } }));
      else io.err(error.message);
      return 1;
    }
    const receiptsAvailable = activeDialect(loaded.config) !== 'opencps';
    const ok = result.ok && witness.problems.length === 0;
    if (io.json) io.out(JSON.stringify({ ...result, ok, witness, receiptsAvailable }));
    else printHuman(io, result, witness, receiptsAvailable);
    return ok ? 0 : 1;
  },
};
