import { formatWireDateTime, officeDate } from '../../shared/domain/office-time';
import type { z } from 'zod';
import type { handlingLogEntryWireSchema } from '../../shared/portal/misc-wire';
import { officerName } from '../officers';
import type { SimDb } from './db';

type LogEntryWire = z.infer<typeof handlingLogEntryWireSchema>;

export interface JournalEntry {
  readonly idempotencyKey: string;
  readonly operation: 'postAction' | 'intakeDossier';
  readonly code: string;
  readonly action: string;
  readonly officerId: string;
  readonly unit: string;
  readonly atMs: number;
  readonly fromStatus: number | null;
  readonly toStatus: number;
  readonly version: number;
  readonly procedureCode: string;
  readonly procedureName: string;
  readonly applicant: string;
  readonly note: string | null;
}

export interface LedgerRow {
  seq: number;
  log_seq: number;
  idempotency_key: string;
  operation: string;
  code: string;
  action: string;
  officer_id: string;
  applied_ms: number;
  from_status: number | null;
  to_status: number;
  version: number;
}

/** The handling log (what supervisors export) and the ledger (what tests check for exactly-once). */
export function createJournal(db: SimDb) {
  const insertLog = db.prepare(
    `INSERT INTO handling_log (code, action, officer_id, at_ms, office_day, unit, from_status, to_status, procedure_code, procedure_name, applicant, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLedger = db.prepare(
    `INSERT INTO ledger (log_seq, idempotency_key, operation, code, action, officer_id, applied_ms, from_status, to_status, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const dayLog = db.prepare('SELECT * FROM handling_log WHERE unit = ? AND office_day = ? ORDER BY at_ms, seq');
  const ledger = db.prepare('SELECT * FROM ledger ORDER BY seq');

  return {
    /** Writes both rows; returns the handling-log number (SoThuTu). Call inside the action's transaction. */
    record(e: JournalEntry): number {
      const day = officeDate(new Date(e.atMs));
      const logSeq = Number(
        insertLog.run(e.code, e.action, e.officerId, e.atMs, day, e.unit, e.fromStatus, e.toStatus, e.procedureCode, e.procedureName, e.applicant, e.note)
          .lastInsertRowid,
      );
      insertLedger.run(logSeq, e.idempotencyKey, e.operation, e.code, e.action, e.officerId, e.atMs, e.fromStatus, e.toStatus, e.version);
      return logSeq;
    },
    dayLog(unit: string, isoDay: string): LogEntryWire[] {
      const rows = dayLog.all(unit, isoDay) as {
        seq: number; code: string; action: string; officer_id: string; at_ms: number; from_status: number | null; to_status: number;
        procedure_code: string; procedure_name: string; applicant: string; unit: string; note: string | null;
      }[];
      return rows.map((r) => ({
        SoThuTu: r.seq,
        MaHoSo: r.code,
        HanhDong: r.action as LogEntryWire['HanhDong'],
        MaCanBo: r.officer_id,
        TenCanBo: officerName(r.officer_id),
        ThoiGian: formatWireDateTime(new Date(r.at_ms)),
        TrangThaiTruoc: r.from_status,
        TrangThaiSau: r.to_status,
        MaTTHC: r.procedure_code,
        TenTTHC: r.procedure_name,
        ChuHoSo: r.applicant,
        DonViXuLy: r.unit,
        GhiChu: r.note,
      }));
    },
    ledger: (): LedgerRow[] => ledger.all() as LedgerRow[],
  };
}
export type Journal = ReturnType<typeof createJournal>;
