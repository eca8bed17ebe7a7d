import { ageOn } from '../../shared/domain/age';
import { addDays, formatWireDateTime, officeDate, officeDayStart } from '../../shared/domain/office-time';
import type { DossierStatus } from '../../shared/domain/dossier-status';
import type { HistoryAction } from '../../shared/domain/dossier';
import { PROCEDURES, type ApplicantFit, type Procedure } from '../../shared/domain/procedures';
import { APPLICANT_TYPE_TO_WIRE, ACCOUNT_KIND_FROM_WIRE, HISTORY_TO_WIRE } from '../../shared/portal/codes';
import type { CitizenWire } from '../../shared/portal/citizen-wire';
import type { DossierWire, HistoryEntryWire } from '../../shared/portal/dossier-wire';
import { addressOf, citizenAt } from './citizen-gen';
import { DAY_MS, dueAfter, nextOpening, officeMomentOn, toSecond, toWorkingDay } from './office-clock';
import { streamRng, type Rng } from './rng';
import { competentUnitFor, receivingCentreOf } from './units';

/** Receiving units of the training province (the dossier code's unit part); the first is the machine config's default. */
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

/** KenhThucHien: 1 in person at the counter, 2 online (NPSP), 3 public postal service. */
type Channel = 1 | 2 | 3;

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
  /** Office date the dossier was created (submitted online, or received at the counter): the code's yymmdd. */
  readonly day: string;
  readonly updatedMs: number;
  /** Which of the dataset's citizens applied (citizenAt index). */
  readonly applicantIndex: number;
  /** Everything but MaHoSo, which needs the per-agency-per-day sequence. */
  readonly body: Omit<DossierWire, 'MaHoSo'>;
}

const FIT_OF: Record<CitizenWire['LoaiTaiKhoan'], ApplicantFit> = {
  CongDan: 'person',
  NguoiCoGiayChungNhanCanCuoc: 'person',
  NguoiNuocNgoai: 'foreigner',
  ToChuc: 'organisation',
};

/** Procedures `applicant` may file in their own name on `day` (none for children and wards: a parent or guardian files). */
function fittingProcedures(applicant: CitizenWire, day: string): (readonly [Procedure, number])[] {
  if (applicant.DuoiGiamHo || applicant.NguoiGiamHo !== null) return [];
  const fit = FIT_OF[applicant.LoaiTaiKhoan];
  const born = applicant.NgaySinh ? `${applicant.NgaySinh.slice(0, 4)}-${applicant.NgaySinh.slice(4, 6)}-${applicant.NgaySinh.slice(6, 8)}` : null;
  const age = born && born <= day ? ageOn(born, day) : null;
  return PROCEDURE_WEIGHTS.filter(([p]) => p.applicants.includes(fit) && (fit === 'organisation' || (age !== null && age >= p.minAge)));
}

/** An applicant who can file something on `day`, and the procedure they file. */
function applicantAndProcedure(rng: Rng, seed: number, citizens: number, referenceMs: number, day: string) {
  let index = 0;
  let applicant: CitizenWire | null = null;
  let options: (readonly [Procedure, number])[] = [];
  // A handful of draws always finds an adult (children and wards are under a tenth of the people).
  for (let attempt = 0; attempt < 40 && options.length === 0; attempt++) {
    index = rng.int(Math.max(1, citizens));
    applicant = citizenAt(seed, index, referenceMs);
    options = fittingProcedures(applicant, day);
  }
  const chosen = applicant ?? citizenAt(seed, index, referenceMs);
  const procedure = options.length > 0 ? rng.weighted(options) : (PROCEDURES.find((p) => p.applicants.includes(FIT_OF[chosen.LoaiTaiKhoan])) ?? PROCEDURES[0]);
  if (!procedure) throw new Error('empty procedure catalogue');
  return { index, applicant: chosen, procedure };
}

/** When the dossier starts: online at any hour of any day; at the counter (or from the post) in office hours on a working day. */
function startMs(rng: Rng, channel: Channel, daysBack: number, referenceMs: number): number {
  const today = officeDate(new Date(referenceMs));
  if (channel === 2) {
    const ms = officeDayStart(addDays(today, -daysBack)).getTime() + rng.int(DAY_MS);
    return Math.min(ms, referenceMs - 60_000);
  }
  let day = toWorkingDay(addDays(today, -daysBack));
  let ms = officeMomentOn(day, (n) => rng.int(n));
  while (ms > referenceMs - 60_000) {
    day = toWorkingDay(addDays(day, -1));
    ms = officeMomentOn(day, (n) => rng.int(n));
  }
  return ms;
}

const NOTES: Partial<Record<HistoryAction, string>> = {
  request_supplement: 'Bổ sung bản sao giấy tờ tùy thân có chứng thực',
  withdraw: 'Công dân có đơn xin rút hồ sơ',
};

/** Dossier number `index` for `seed`, as of `referenceMs`, with applicants drawn from `citizens`. */
export function dossierAt(seed: number, index: number, referenceMs: number, citizens: number): GeneratedDossier {
  const rng = streamRng(seed, 'dossier', index);
  const today = officeDate(new Date(referenceMs));
  const recent = rng.chance(0.05);
  const daysBack = recent ? rng.int(7) : rng.int(730);
  const agency = rng.weighted(AGENCIES);
  // Ages are checked two weeks before the planned day: a counter day moves back past weekends and Tết.
  const { index: applicantIndex, applicant, procedure } = applicantAndProcedure(rng, seed, citizens, referenceMs, addDays(today, -daysBack - 14));
  const planned = pickStatus(rng, daysBack, Math.ceil((procedure.workingDays * 7) / 5) + 1);
  // Newly registered and not-received dossiers only exist online; the rest split between channels.
  const channel: Channel = planned === 1 || planned === 3 ? 2 : rng.weighted<Channel>([[1, 52], [2, 43], [3, 5]]);
  const submittedMs = startMs(rng, channel, daysBack, referenceMs);
  const day = officeDate(new Date(submittedMs));
  const steps = pathTo(planned, channel === 2);

  // Steps follow in order; every step but the online submission happens in office hours,
  // and a step that would fall after now has not happened yet.
  const spanMs = Math.max(60_000, referenceMs - submittedMs);
  let t = submittedMs;
  const history: HistoryEntryWire[] = [];
  let receivedMs: number | null = null;
  let returnedMs: number | null = null;
  for (const [i, [action, to]] of steps.entries()) {
    if (i > 0) {
      const next = nextOpening(t + rng.between(10 * 60_000, Math.max(10 * 60_000, Math.floor(spanMs / steps.length))));
      if (next > referenceMs - 1000) break;
      t = next;
    }
    const officer = action === 'submitted_online' ? null : action === 'back_office' ? BACK_OFFICE : rng.pick(COUNTER_OFFICERS);
    if (action === 'accept' || action === 'intake') receivedMs = t;
    if (action === 'return_result') returnedMs = t;
    history.push({
      TrangThaiHoSo: to,
      HanhDong: HISTORY_TO_WIRE[action],
      ThoiGian: formatWireDateTime(new Date(toSecond(t))),
      MaCanBo: officer,
      GhiChu: NOTES[action] ?? null,
    });
  }
  const status = history.at(-1)?.TrangThaiHoSo ?? planned;
  const applicantType = APPLICANT_TYPE_TO_WIRE[ACCOUNT_KIND_FROM_WIRE[applicant.LoaiTaiKhoan]];
  const wire = (ms: number | null): string | null => (ms === null ? null : formatWireDateTime(new Date(toSecond(ms))));
  const sets = 1 + (rng.chance(0.2) ? rng.int(3) : 0);
  // Drawn last, so the other facts of a seed's dossiers stay as they were.
  const receiving = receivingCentreOf(agency, day);
  const competent = competentUnitFor(rng, procedure.code, day);
  return {
    agency,
    day,
    updatedMs: toSecond(t),
    applicantIndex,
    body: {
      PhienBan: history.length,
      TrangThaiHoSo: status,
      MaTTHC: procedure.code,
      TenTTHC: procedure.name,
      MaLinhVuc: procedure.field.code,
      TenLinhVuc: procedure.field.name,
      DonViXuLy: competent.code,
      TenDonViXuLy: competent.name,
      DonViTiepNhan: receiving.code,
      TenDonViTiepNhan: receiving.name,
      ChuHoSo: applicant.HoVaTen,
      LoaiDoiTuong: applicantType,
      SoDinhDanh: applicant.SoDinhDanh,
      SoDienThoai: applicant.SoDienThoai,
      Email: applicant.Email,
      // The address as written when the dossier was made (no districts from 01/07/2025).
      DiaChi: addressOf(seed, applicantIndex, day),
      TrichYeuHoSo: `${procedure.name} — ${applicant.HoVaTen}`,
      SoBoHoSo: sets,
      LePhi: procedure.feeVnd,
      NgayNopHoSo: formatWireDateTime(new Date(toSecond(submittedMs))),
      NgayTiepNhan: wire(receivedMs),
      NgayHenTra: receivedMs === null ? null : wire(dueAfter(receivedMs, procedure.workingDays)),
      NgayTra: wire(returnedMs),
      NgayCapNhat: formatWireDateTime(new Date(toSecond(t))),
      TaiKhoanDuocXacThucVoiVNeID: applicant.TaiKhoanDuocXacThucVoiVNeID,
      KenhThucHien: channel,
      QuaTrinhXuLy: history,
    },
  };
}
