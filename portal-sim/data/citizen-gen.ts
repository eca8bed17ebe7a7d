import { makeCccd } from '../../shared/domain/cccd';
import { formatWireDateTime, officeDate, addDays } from '../../shared/domain/office-time';
import type { CitizenWire } from '../../shared/portal/citizen-wire';
import { formatWireDate } from '../../shared/portal/wire-common';
import { LOCK_REASON_TO_WIRE } from '../../shared/portal/codes';
import type { LockReason } from '../../shared/domain/linkage-facts';
import { FOREIGN_PEOPLE, ORGANISATION_BRANDS, ORGANISATION_FORMS, ORGANISATION_WORDS, vietnameseName } from './names';
import { address, fold, phone } from './places';
import { streamRng, type Rng } from './rng';

/** Who an applicant is; drives every other field. */
type Profile = 'adult' | 'minor' | 'ward' | 'foreigner' | 'organisation' | 'certificate';
const PROFILES: readonly (readonly [Profile, number])[] = [
  ['adult', 85.7], ['minor', 7], ['ward', 1.5], ['foreigner', 2.5], ['organisation', 3], ['certificate', 0.3],
];
type AdultLinkage = 'vneid2' | 'vneid1' | 'legacy' | 'none' | 'locked';
const ADULT_LINKAGE: readonly (readonly [AdultLinkage, number])[] = [
  ['vneid2', 45], ['vneid1', 15], ['legacy', 14], ['none', 18], ['locked', 8],
];
const LOCK_REASONS = Object.keys(LOCK_REASON_TO_WIRE) as LockReason[];

const DAY_MS = 86_400_000;

/** Bijective scrambles of the index keep ID numbers unique without remembering them. */
const scramble = (index: number, modulus: number): number => (index * 7919 + 104_729) % modulus;

function birthDate(rng: Rng, today: string, minAge: number, maxAge: number): string {
  const ageDays = rng.between(minAge * 366, maxAge * 365);
  return addDays(today, -ageDays);
}

function lockOf(rng: Rng, today: string, index: number): CitizenWire['KhoaTaiKhoan'] {
  // Cycle through the reasons so every reason exists even in small datasets.
  const reason = LOCK_REASONS[index % LOCK_REASONS.length] ?? 'holder_request';
  return { LyDo: LOCK_REASON_TO_WIRE[reason], TuNgay: rng.chance(0.85) ? formatWireDate(addDays(today, -rng.between(1, 400))) : null };
}

/** Where applicant `index` lives, written as on `onDate` (old three-tier form before 01/07/2025). */
export const addressOf = (seed: number, index: number, onDate: string): string => address(streamRng(seed, 'address', index), onDate);

/** Citizen number `index` of the dataset for `seed`, as of `referenceMs`. */
export function citizenAt(seed: number, index: number, referenceMs: number): CitizenWire {
  const rng = streamRng(seed, 'citizen', index);
  const today = officeDate(new Date(referenceMs));
  const profile = rng.weighted(PROFILES);
  const updatedMs = referenceMs - rng.int(730 * DAY_MS);
  const common = {
    DiaChi: addressOf(seed, index, officeDate(new Date(updatedMs))),
    SoDienThoai: rng.chance(0.9) ? phone(rng) : null,
    PhienBan: 1 + rng.int(3),
    NgayCapNhat: formatWireDateTime(new Date(Math.floor(updatedMs / 1000) * 1000)),
  };

  if (profile === 'organisation') {
    const name = `${rng.pick(ORGANISATION_FORMS)} ${rng.pick(ORGANISATION_WORDS)} ${rng.pick(ORGANISATION_BRANDS)}`.normalize('NFC');
    const legacy = rng.chance(0.7);
    // Since 01/07/2025 only the MPS organisation e-ID account works; most firms have one by now.
    const organisationEid = rng.chance(0.65);
    return {
      ...common,
      SoDinhDanh: `0${String(scramble(index, 1_000_000_000)).padStart(9, '0')}`,
      LoaiTaiKhoan: 'ToChuc',
      HoVaTen: name,
      NgaySinh: null,
      GioiTinh: null,
      QuocTich: 'VN',
      Email: rng.chance(0.8) ? `lienhe.${fold(name).slice(-12)}@gmail.com` : null,
      TaiKhoanDVCQG: legacy ? 'CuChuaXacThuc' : rng.chance(0.5) ? 'DaXacThucVNeID' : 'KhongCo',
      TaiKhoanDuocXacThucVoiVNeID: false,
      MucDoDinhDanh: null,
      KhoaTaiKhoan: null,
      DuoiGiamHo: false,
      NguoiGiamHo: null,
      TaiKhoanDinhDanhToChuc: organisationEid,
    };
  }

  const gender = rng.chance(0.5) ? 'male' : 'female';
  if (profile === 'foreigner') {
    const [name, country] = rng.pick(FOREIGN_PEOPLE);
    const minor = rng.chance(0.1);
    const born = birthDate(rng, today, minor ? 3 : 18, minor ? 13 : 75);
    const card = rng.weighted([['ThuongTru', 15], ['TamTru', 60], [null, 25]] as const);
    // Only residence-card holders can have an e-ID account (Decree 69/2024 Art. 7).
    const account = minor || card === null ? 'KhongCo' : rng.weighted([['DaXacThucVNeID', 40], ['CuChuaXacThuc', 35], ['KhongCo', 25]] as const);
    const verified = account === 'DaXacThucVNeID';
    return {
      ...common,
      SoDinhDanh: `${String.fromCharCode(65 + (index % 26))}${String(scramble(index, 10_000_000)).padStart(7, '0')}`,
      LoaiTaiKhoan: 'NguoiNuocNgoai',
      HoVaTen: name.normalize('NFC'),
      NgaySinh: formatWireDate(born),
      GioiTinh: gender === 'male' ? 1 : 2,
      QuocTich: country,
      Email: rng.chance(0.7) ? `${fold(name)}${rng.int(100)}@example.com` : null,
      TaiKhoanDVCQG: account,
      TaiKhoanDuocXacThucVoiVNeID: verified,
      MucDoDinhDanh: verified ? (rng.chance(0.6) ? 2 : 1) : null,
      KhoaTaiKhoan: null,
      DuoiGiamHo: false,
      NguoiGiamHo: minor ? { HoVaTen: rng.pick(FOREIGN_PEOPLE)[0], SoDinhDanh: null, QuanHe: rng.pick(['Cha', 'Mẹ']) } : null,
      TheCuTru: card,
    };
  }

  const minor = profile === 'minor';
  const certificate = profile === 'certificate';
  const born = minor ? birthDate(rng, today, 0, 13) : birthDate(rng, today, profile === 'ward' ? 18 : 14, 90);
  const name = vietnameseName(rng, gender);
  const idNumber = makeCccd(Number(born.slice(0, 4)), gender, (n) => rng.int(n), scramble(index, 1_000_000));
  const base = {
    ...common,
    SoDinhDanh: idNumber,
    LoaiTaiKhoan: certificate ? ('NguoiCoGiayChungNhanCanCuoc' as const) : ('CongDan' as const),
    HoVaTen: name.full,
    NgaySinh: formatWireDate(born),
    GioiTinh: gender === 'male' ? (1 as const) : (2 as const),
    QuocTich: 'VN',
    Email: !minor && rng.chance(0.5) ? `${fold(name.full)}${rng.int(1000)}@gmail.com` : null,
  };

  if (certificate) {
    return {
      ...base,
      TaiKhoanDVCQG: 'KhongCo',
      TaiKhoanDuocXacThucVoiVNeID: false,
      MucDoDinhDanh: null,
      KhoaTaiKhoan: null,
      DuoiGiamHo: false,
      NguoiGiamHo: null,
    };
  }

  if (minor || profile === 'ward') {
    const guardianGender = rng.chance(0.5) ? 'male' : 'female';
    const guardianBorn = Math.max(1900, Number(born.slice(0, 4)) - (minor ? rng.between(20, 40) : rng.between(-5, 30)));
    const guardianName = vietnameseName(rng, guardianGender, minor && guardianGender === 'male' ? name.surname : undefined);
    const relation = minor ? (guardianGender === 'male' ? 'Cha' : 'Mẹ') : rng.pick(['Vợ', 'Chồng', 'Con', 'Anh', 'Chị', 'Người giám hộ']);
    // Older children more often have a căn cước card; some of those an own e-ID account (via the parent).
    const childAge = Number(today.slice(0, 4)) - Number(born.slice(0, 4));
    const hasCard = !minor || rng.chance(childAge >= 6 ? 0.6 : 0.2);
    const ownLevel = minor && hasCard && rng.chance(0.4) ? (childAge >= 6 && rng.chance(0.5) ? 2 : 1) : null;
    return {
      ...base,
      CoTheCanCuoc: hasCard,
      TaiKhoanDVCQG: 'KhongCo',
      TaiKhoanDuocXacThucVoiVNeID: false,
      MucDoDinhDanh: ownLevel,
      KhoaTaiKhoan: null,
      DuoiGiamHo: !minor,
      NguoiGiamHo: {
        HoVaTen: guardianName.full,
        SoDinhDanh: rng.chance(0.9) ? makeCccd(guardianBorn, guardianGender, (n) => rng.int(n)) : null,
        QuanHe: relation,
      },
    };
  }

  const linkage = rng.weighted(ADULT_LINKAGE);
  const locked = linkage === 'locked';
  const vneid = linkage === 'vneid1' || linkage === 'vneid2' || (locked && rng.chance(0.7));
  return {
    ...base,
    TaiKhoanDVCQG: vneid ? 'DaXacThucVNeID' : linkage === 'legacy' || (locked && rng.chance(0.5)) ? 'CuChuaXacThuc' : 'KhongCo',
    TaiKhoanDuocXacThucVoiVNeID: vneid,
    MucDoDinhDanh: linkage === 'vneid1' ? 1 : linkage === 'vneid2' ? 2 : locked ? (rng.chance(0.6) ? 2 : 1) : linkage === 'none' && rng.chance(0.3) ? 1 : null,
    KhoaTaiKhoan: locked ? lockOf(rng, today, index) : null,
    DuoiGiamHo: false,
    NguoiGiamHo: null,
    CoTheCanCuoc: true,
  };
}
