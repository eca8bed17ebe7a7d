import { collectionNote } from '../../shared/domain/action-kinds/result-collector';
import { newDueDateProblem } from '../../shared/domain/deadline-extension';
import { formatDossierCode } from '../../shared/domain/dossier-code';
import { INTAKE_STATUS, isStatusNeutral, nextStatus } from '../../shared/domain/dossier-status';
import { formatWireDateTime, officeDate, parseWireDateTime } from '../../shared/domain/office-time';
import { contactIssues } from '../../shared/domain/intake-rules';
import { pickedCompetentUnit } from '../../shared/domain/competent-units';
import { procedureByCode } from '../../shared/domain/procedures';
import type { ActionRequestWire, IntakeRequestWire } from '../../shared/portal/action-wire';
import { ACTION_FROM_WIRE, APPLICANT_TYPE_FROM_WIRE, asStatus } from '../../shared/portal/codes';
import type { DossierWire } from '../../shared/portal/dossier-wire';
import { parseWireDate } from '../../shared/portal/wire-common';
import { dueAfter, dueOn } from '../data/office-clock';
import { receivingCentreOf } from '../data/units';
import type { Officer } from '../officers';
import { okJson, problem, type SimResponse } from '../problem';
import type { SimDb } from './db';
import { fingerprintOf, type IdempotencyStore } from './idempotency';
import type { Journal } from './journal';

export interface ActionDeps {
  readonly db: SimDb;
  readonly idempotency: IdempotencyStore;
  readonly journal: Journal;
  readonly now: () => number;
}

const wire = (ms: number): string => formatWireDateTime(new Date(ms));

/**
 * Counter actions and intake. Each runs in ONE transaction: the idempotency check, the
 * dossier change, the handling-log and ledger rows and the stored answer commit together,
 * so a dropped response followed by a retry can never apply twice.
 */
export function createDossierActions(deps: ActionDeps) {
  const { db, idempotency, journal } = deps;
  const getBody = db.prepare('SELECT body FROM dossiers WHERE code = ?');
  const update = db.prepare('UPDATE dossiers SET body = ?, version = ?, status = ?, updated_ms = ? WHERE code = ?');
  const insert = db.prepare('INSERT INTO dossiers (code, agency, updated_ms, version, status, body) VALUES (?, ?, ?, ?, ?, ?)');
  const nextSeq = db.prepare(
    'INSERT INTO counters (agency, day, seq) VALUES (?, ?, 1) ON CONFLICT (agency, day) DO UPDATE SET seq = seq + 1 RETURNING seq',
  );

  const load = (code: string): DossierWire | null => {
    const row = getBody.get(code) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as DossierWire) : null;
  };

  const applyAction = db.transaction((code: string, key: string, officer: Officer, req: ActionRequestWire, ledgerKey: string): SimResponse => {
    const fingerprint = fingerprintOf(['postAction', code, officer.id, req.HanhDong, req.PhienBanDuKien, req.GhiChu ?? null, req.LyDo ?? null, req.DonViNhan ?? null, req.NgayHenTraMoi ?? null, req.NguoiNhanKetQua ?? null, req.LePhiDaThu ?? null]);
    const replay = idempotency.replay(key, fingerprint);
    if (replay) return replay;
    const dossier = load(code);
    if (!dossier) return problem(404, 'not-found', 'Dossier not found', { detail: `No dossier ${code}` });
    const kind = ACTION_FROM_WIRE[req.HanhDong];
    const neutral = isStatusNeutral(kind);
    if (!neutral && req.PhienBanDuKien !== dossier.PhienBan) {
      return problem(409, 'version-conflict', 'The dossier changed since you loaded it', {
        detail: `Expected version ${req.PhienBanDuKien}, the dossier is at version ${dossier.PhienBan}.`,
        reason: {
          vi: `Hồ sơ đã thay đổi (phiên bản ${dossier.PhienBan}, bạn đang xem ${req.PhienBanDuKien}). Tải lại rồi thực hiện lại.`,
          en: `The dossier changed (version ${dossier.PhienBan}, you saw ${req.PhienBanDuKien}). Reload and apply again.`,
        },
        currentVersion: dossier.PhienBan,
        current: dossier,
      });
    }
    const from = asStatus(dossier.TrangThaiHoSo);
    const outcome = nextStatus(from, kind);
    if (!outcome.ok) return problem(422, 'invalid-transition', 'Action not allowed in this status', { detail: outcome.reason.en, reason: outcome.reason });
    if (kind === 'forward' && !req.DonViNhan) {
      const reason = { vi: 'Chuyển xử lý cần đơn vị nhận (DonViNhan).', en: 'Forwarding needs a receiving unit (DonViNhan).' };
      return problem(422, 'missing-field', 'Missing receiving unit', { detail: reason.en, reason });
    }

    const nowMs = deps.now();
    // An apology and extension moves the appointment: later than the current one, not in the past.
    const newDue = req.NgayHenTraMoi ? parseWireDate(req.NgayHenTraMoi) : null;
    if (newDue !== null) {
      const currentDue = dossier.NgayHenTra ? officeDate(new Date(parseWireDateTime(dossier.NgayHenTra) ?? 0)) : null;
      const reason = newDueDateProblem(newDue, { currentDueDate: currentDue, today: officeDate(new Date(nowMs)) });
      if (reason) return problem(422, 'invalid-due-date', 'New due date not allowed', { detail: reason.en, reason });
    }
    const collected = req.NguoiNhanKetQua
      ? collectionNote({ self: req.NguoiNhanKetQua.LaChuHoSo, name: req.NguoiNhanKetQua.HoTen, idNumber: req.NguoiNhanKetQua.SoDinhDanh }, req.LePhiDaThu)
      : collectionNote(null, req.LePhiDaThu);
    const said = req.GhiChu ?? req.LyDo ?? (kind === 'forward' ? `Chuyển đến ${req.DonViNhan ?? ''}` : null);
    const note = [collected, said].filter(Boolean).join('; ') || null;
    let result = dossier;
    if (!neutral) {
      const proc = procedureByCode(dossier.MaTTHC);
      result = {
        ...dossier,
        PhienBan: dossier.PhienBan + 1,
        TrangThaiHoSo: outcome.status,
        NgayTiepNhan: kind === 'accept' ? wire(nowMs) : dossier.NgayTiepNhan,
        NgayHenTra: newDue !== null ? wire(dueOn(newDue)) : kind === 'accept' ? wire(dueAfter(nowMs, proc?.workingDays ?? 5)) : dossier.NgayHenTra,
        NgayTra: kind === 'return_result' ? wire(nowMs) : dossier.NgayTra,
        NgayCapNhat: wire(nowMs),
        QuaTrinhXuLy: [...dossier.QuaTrinhXuLy, { TrangThaiHoSo: outcome.status, HanhDong: req.HanhDong, ThoiGian: wire(nowMs), MaCanBo: officer.id, GhiChu: note }],
      };
      update.run(JSON.stringify(result), result.PhienBan, result.TrangThaiHoSo, nowMs, code);
    }
    const logSeq = journal.record({
      idempotencyKey: ledgerKey, operation: 'postAction', code, action: req.HanhDong, officerId: officer.id, unit: officer.unit, atMs: nowMs,
      fromStatus: from, toStatus: outcome.status, version: result.PhienBan, procedureCode: dossier.MaTTHC, procedureName: dossier.TenTTHC,
      applicant: dossier.ChuHoSo, note,
    });
    const response = okJson(200, JSON.stringify({
      KetQua: { SoThuTu: logSeq, MaHoSo: code, HanhDong: req.HanhDong, TrangThaiTruoc: from, TrangThaiSau: outcome.status, PhienBan: result.PhienBan, MaCanBo: officer.id, ThoiGian: wire(nowMs) },
      HoSo: result,
    }));
    idempotency.remember(key, fingerprint, response);
    return response;
  });

  const intake = db.transaction((key: string, officer: Officer, req: IntakeRequestWire, ledgerKey: string): SimResponse => {
    const fingerprint = fingerprintOf(['intakeDossier', officer.id, req]);
    const replay = idempotency.replay(key, fingerprint);
    if (replay) return replay;
    const proc = procedureByCode(req.MaTTHC);
    if (!proc) {
      const reason = { vi: `Không có thủ tục mã ${req.MaTTHC}.`, en: `No procedure with code ${req.MaTTHC}.` };
      return problem(422, 'unknown-procedure', 'Unknown procedure', { detail: reason.en, reason });
    }
    const nowMs = deps.now();
    const day = officeDate(new Date(nowMs));
    // The counter's own rules (shared/domain/intake-rules.ts): what the desk lets through, this accepts.
    const [issue] = contactIssues({ kind: APPLICANT_TYPE_FROM_WIRE[req.LoaiDoiTuong], idNumber: req.SoDinhDanh, phone: req.SoDienThoai }, day);
    if (issue) {
      const type = issue.field === 'idNumber' ? 'invalid-id-number' : 'invalid-phone';
      return problem(422, type, issue.field === 'idNumber' ? 'Invalid ID number' : 'Invalid phone number', { detail: issue.message.en, reason: issue.message });
    }
    const competent = pickedCompetentUnit(proc.code, req.DonViXuLy);
    if (!competent) {
      const reason = {
        vi: `Đơn vị ${req.DonViXuLy ?? ''} không có thẩm quyền giải quyết thủ tục ${proc.code}.`,
        en: `Unit ${req.DonViXuLy ?? ''} is not competent for procedure ${proc.code}.`,
      };
      return problem(422, 'not-competent', 'Unit not competent', { detail: reason.en, reason });
    }
    const receiving = receivingCentreOf(officer.unit, day);
    const { seq } = nextSeq.get(officer.unit, day) as { seq: number };
    const code = formatDossierCode({ agency: officer.unit, date: day, sequence: seq });
    const dossier: DossierWire = {
      MaHoSo: code, PhienBan: 1, TrangThaiHoSo: INTAKE_STATUS, MaTTHC: proc.code, TenTTHC: proc.name, MaLinhVuc: proc.field.code,
      TenLinhVuc: proc.field.name, DonViXuLy: competent.code, TenDonViXuLy: competent.name,
      DonViTiepNhan: receiving.code, TenDonViTiepNhan: receiving.name, ChuHoSo: req.ChuHoSo.normalize('NFC'), LoaiDoiTuong: req.LoaiDoiTuong,
      SoDinhDanh: req.SoDinhDanh, SoDienThoai: req.SoDienThoai, Email: req.Email, DiaChi: req.DiaChi.normalize('NFC'),
      TrichYeuHoSo: req.TrichYeuHoSo.normalize('NFC'), SoBoHoSo: req.SoBoHoSo, LePhi: proc.feeVnd, NgayNopHoSo: wire(nowMs),
      NgayTiepNhan: wire(nowMs), NgayHenTra: wire(dueAfter(nowMs, proc.workingDays)), NgayTra: null, NgayCapNhat: wire(nowMs),
      TaiKhoanDuocXacThucVoiVNeID: req.TaiKhoanDuocXacThucVoiVNeID, KenhThucHien: 1,
      QuaTrinhXuLy: [{ TrangThaiHoSo: INTAKE_STATUS, HanhDong: 'TiepNhanTrucTiep', ThoiGian: wire(nowMs), MaCanBo: officer.id, GhiChu: req.GhiChu ?? null }],
    };
    insert.run(code, officer.unit, nowMs, 1, INTAKE_STATUS, JSON.stringify(dossier));
    const logSeq = journal.record({
      idempotencyKey: ledgerKey, operation: 'intakeDossier', code, action: 'TiepNhanTrucTiep', officerId: officer.id, unit: officer.unit, atMs: nowMs,
      fromStatus: null, toStatus: INTAKE_STATUS, version: 1, procedureCode: proc.code, procedureName: proc.name, applicant: dossier.ChuHoSo,
      note: req.GhiChu ?? null,
    });
    const response = okJson(201, JSON.stringify({
      KetQua: { SoThuTu: logSeq, MaHoSo: code, HanhDong: 'TiepNhanTrucTiep', TrangThaiTruoc: null, TrangThaiSau: INTAKE_STATUS, PhienBan: 1, MaCanBo: officer.id, ThoiGian: wire(nowMs) },
      HoSo: dossier,
    }));
    idempotency.remember(key, fingerprint, response);
    return response;
  });

  /** Admin: change a dossier portal-side (as the back office would), for conflict tests. */
  const adminChange = db.transaction((code: string, status: number | undefined): DossierWire | null => {
    const dossier = load(code);
    if (!dossier) return null;
    const nowMs = deps.now();
    const to = status ?? dossier.TrangThaiHoSo;
    const changed: DossierWire = {
      ...dossier,
      PhienBan: dossier.PhienBan + 1,
      TrangThaiHoSo: to,
      NgayCapNhat: wire(nowMs),
      QuaTrinhXuLy: [...dossier.QuaTrinhXuLy, { TrangThaiHoSo: to, HanhDong: 'XuLyNghiepVu', ThoiGian: wire(nowMs), MaCanBo: 'xuly01', GhiChu: null }],
    };
    update.run(JSON.stringify(changed), changed.PhienBan, to, nowMs, code);
    return changed;
  });

  return {
    /** `ledgerKey`: what the ledger files the action under when it is not the idempotency key (the OpenCPS stand-in has none). */
    applyAction: (code: string, key: string, officer: Officer, req: ActionRequestWire, ledgerKey: string = key): SimResponse => {
      idempotency.purge(Date.now());
      return applyAction(code, key, officer, req, ledgerKey);
    },
    intake: (key: string, officer: Officer, req: IntakeRequestWire, ledgerKey: string = key): SimResponse => {
      idempotency.purge(Date.now());
      return intake(key, officer, req, ledgerKey);
    },
    adminChange: (code: string, status?: number): DossierWire | null => adminChange(code, status),
    load,
  };
}
export type DossierActions = ReturnType<typeof createDossierActions>;
