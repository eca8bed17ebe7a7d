import { addDays, formatWireDateTime, officeDate } from '../../shared/domain/office-time';
import type { DossierStatus } from '../../shared/domain/dossier-status';
import type { HistoryAction } from '../../shared/domain/dossier';
import { PROCEDURES, type Procedure } from '../../shared/domain/procedures';
import { APPLICANT_TYPE_TO_WIRE, ACCOUNT_KIND_FROM_WIRE, HISTORY_TO_WIRE } from '../../shared/portal/codes';
import type { DossierWire, HistoryEntryWire } from '../../shared/portal/dossier-wire';
import { citizenAt } from './citizen-gen';
import { DAY_MS, atOfficeTime, dueAfter, toSecond, toWorkingDay } from './office-clock';
import { streamRng, type Rng } from './rng';

/** Handling units of the training province; the first is the machine config's default. */
export const AGENCIES: readonly (readonly [string, number])[] = [
  ['000.00.12.H29', 40], ['H15.50.05.13', 20], ['000.00.31.H29', 15], ['H29.13.10', 15], ['000.01.05.G01', 10],
];
export const COUNTER_OFFICERS = ['canbo01', 'canbo02', 'canbo03'];
const BACK_OFFICE = 'xuly01';

/** Busier fields are picked more often: civil status and certification dominate real counters. */
const PROCEDURE_WEIGHTS: readonly (readonly [Procedure, number])[] = PROCEDURES.map((p) => [
  p,
  p.field.code === 'HT' || p.field.code === 'CTH' ? 5 : p.field.code === 'CT' || p.field.code === 'DD' ? 3 : 1,
]);

function pickStatus(rng: Rng, ageDays: number, limitDays: number): DossierStatus {
  if (ageDays < 1) return rng.weighted<DossierStatus>([[1, 45], [2, 35], [3, 5], [4, 10], [5, 5]]);
  if (ageDays <= limitDays) return rng.weighted<DossierStatus>([[1, 8], [2, 15], [4, 45], [5, 10], [6, 5], [7, 2], [9, 15]]);
  return rng.weighted<DossierStatus>([[10, 78], [9, 5], [3, 4], [7, 3], [8, 2], [4, 4], [5, 2], [6, 2]]);
}

/** The steps from submission to `status` (every step changes the status). */
function pathTo(status: DossierStatus, online: boolean): [HistoryAction, DossierStatus][] {
  const start: [HistoryAction, DossierStatus][] = online ? [['submitted_online', 1], ['accept', 2]] : [['intake', 2]];
  switch (status) {
    case 1: return [['submitted_online', 1]];
    case 3: return [['submitted_online', 1], ['refuse', 3]];
    case 2: return start;
    case 4: return [...start, ['forward', 4]];
    case 5: return [...start, ['forward', 4], ['request_supplement', 5]];
    case 6: return [...start, ['forward', 4], ['back_office', 6]];
    case 7: return [...start, ['withdraw', 7]];
    case 8: return [...start, ['forward', 4], ['back_office', 8]];
    case 9: return [...start, ['forward', 4], ['back_office', 9]];
    case 10: return [...start, ['forward', 4], ['back_office', 9], ['return_result', 10]];
  }
}

export interface GeneratedDossier {
  readonly agency: string;
  /** Office date of submission: the code's yymmdd. */
  readonly day: string;
  readonly updatedMs: number;
  /** Everything but MaHoSo, which needs the per-agency-per-day sequence. */
  readonly body: Omit<DossierWire, 'MaHoSo'>;
}

/** Dossier number `index` for `seed`, as of `referenceMs`, with applicants drawn from `citizens`. */
export function dossierAt(seed: number, index: number, referenceMs: number, citizens: number): GeneratedDossier {
  const rng = streamRng(seed, 'dossier', index);
  const today = officeDate(new Date(referenceMs));
  const recent = rng.chance(0.05);
  const day = toWorkingDay(addDays(today, -(recent ? rng.int(7) : rng.int(730))));
  const submittedMs = Math.min(referenceMs - 60_000, atOfficeTime(day, rng.between(7 * 60 + 30, 16 * 60 + 45)));
  const agency = rng.weighted(AGENCIES);
  const procedure = rng.weighted(PROCEDURE_WEIGHTS);
  const applicant = citizenAt(seed, rng.int(Math.max(1, citizens)), referenceMs);
  const ageDays = (referenceMs - submittedMs) / DAY_MS;
  const status = pickStatus(rng, ageDays, Math.ceil((procedure.workingDays * 7) / 5) + 1);
  const steps = pathTo(status, rng.chance(0.5));

  // Spread the steps between submission and now, never in the future.
  const spanMs = Math.max(60_000, referenceMs - submittedMs);
  let t = submittedMs;
  const history: HistoryEntryWire[] = [];
  let receivedMs: number | null = null;
  let returnedMs: number | null = null;
  for (const [i, [action, to]] of steps.entries()) {
    if (i > 0) t = Math.min(referenceMs - 1000, t + rng.between(60_000, Math.max(60_000, Math.floor(spanMs / steps.length))));
    const officer = action === 'submitted_online' ? null : action === 'back_office' ? BACK_OFFICE : rng.pick(COUNTER_OFFICERS);
    if (action === 'accept' || action === 'intake') receivedMs = t;
    if (action === 'return_result') returnedMs = t;
    history.push({
      TrangThaiHoSo: to,
      HanhDong: HISTORY_TO_WIRE[action],
      ThoiGian: formatWireDateTime(new Date(toSecond(t))),
      MaCanBo: officer,
      GhiChu: action === 'request_supplement' ? 'Bổ sung bản sao giấy tờ tùy thân có chứng thực' : action === 'withdraw' ? 'Công dân có đơn xin rút hồ sơ' : null,
    });
  }
  const applicantType = APPLICANT_TYPE_TO_WIRE[ACCOUNT_KIND_FROM_WIRE[applicant.LoaiTaiKhoan]];
  const wire = (ms: number | null): string | null => (ms === null ? null : formatWireDateTime(new Date(toSecond(ms))));
  return {
    agency,
    day,
    updatedMs: toSecond(t),
    body: {
      PhienBan: history.length,
      TrangThaiHoSo: status,
      MaTTHC: procedure.code,
      TenTTHC: procedure.name,
      MaLinhVuc: procedure.field.code,
      TenLinhVuc: procedure.field.name,
      DonViXuLy: agency,
      ChuHoSo: applicant.HoVaTen,
      LoaiDoiTuong: applicantType,
      SoDinhDanh: applicant.SoDinhDanh,
      SoDienThoai: applicant.SoDienThoai,
      Email: applicant.Email,
      DiaChi: applicant.DiaChi,
      TrichYeuHoSo: `${procedure.name} — ${applicant.HoVaTen}`,
      SoBoHoSo: 1 + (rng.chance(0.2) ? rng.int(3) : 0),
      LePhi: procedure.feeVnd,
      NgayNopHoSo: formatWireDateTime(new Date(toSecond(submittedMs))),
      NgayTiepNhan: wire(receivedMs),
      NgayHenTra: receivedMs === null ? null : wire(dueAfter(receivedMs, procedure.workingDays)),
      NgayTra: wire(returnedMs),
      NgayCapNhat: formatWireDateTime(new Date(toSecond(t))),
      TaiKhoanDuocXacThucVoiVNeID: applicant.TaiKhoanDuocXacThucVoiVNeID,
      QuaTrinhXuLy: history,
    },
  };
}
