import type { Citizen } from '../domain/citizen';
import type { Dossier } from '../domain/dossier';
import { asStatus } from './codes';
import {
  ACCOUNT_KIND_FROM_WIRE,
  APPLICANT_TYPE_FROM_WIRE,
  HISTORY_FROM_WIRE,
  LOCK_REASON_FROM_WIRE,
  PORTAL_ACCOUNT_FROM_WIRE,
  RESIDENCE_CARD_FROM_WIRE,
} from './codes';
import { parseWireDateTime } from '../domain/office-time';
import type { CitizenWire } from './citizen-wire';
import type { DossierWire } from './dossier-wire';
import { parseWireDate } from './wire-common';

/** Wire values were validated by the wire schemas (which check calendar dates), so these cannot fail. */
const instant = (wire: string): string => parseWireDateTime(wire) ?? '1970-01-01T00:00:00.000Z';
const maybeInstant = (wire: string | null): string | null => (wire === null ? null : instant(wire));
const date = (wire: string | null): string | null => (wire === null ? null : parseWireDate(wire));

export function dossierFromWire(w: DossierWire): Dossier {
  return {
    code: w.MaHoSo,
    version: w.PhienBan,
    status: asStatus(w.TrangThaiHoSo),
    procedure: { code: w.MaTTHC, name: w.TenTTHC },
    field: { code: w.MaLinhVuc, name: w.TenLinhVuc },
    receivingCentre: w.DonViTiepNhan ? { code: w.DonViTiepNhan, name: w.TenDonViTiepNhan ?? '' } : null,
    competentUnit: { code: w.DonViXuLy, name: w.TenDonViXuLy ?? '' },
    applicant: {
      kind: APPLICANT_TYPE_FROM_WIRE[w.LoaiDoiTuong],
      name: w.ChuHoSo,
      idNumber: w.SoDinhDanh,
      phone: w.SoDienThoai,
      email: w.Email,
      address: w.DiaChi,
    },
    summary: w.TrichYeuHoSo,
    sets: w.SoBoHoSo,
    feeVnd: w.LePhi,
    submittedAt: instant(w.NgayNopHoSo),
    receivedAt: maybeInstant(w.NgayTiepNhan),
    dueAt: maybeInstant(w.NgayHenTra),
    returnedAt: maybeInstant(w.NgayTra),
    updatedAt: instant(w.NgayCapNhat),
    vneidVerified: w.TaiKhoanDuocXacThucVoiVNeID,
    history: w.QuaTrinhXuLy.map((h) => ({
      status: asStatus(h.TrangThaiHoSo),
      action: HISTORY_FROM_WIRE[h.HanhDong],
      at: instant(h.ThoiGian),
      officerId: h.MaCanBo,
      note: h.GhiChu,
    })),
  };
}

export function citizenFromWire(w: CitizenWire): Citizen {
  const kind = ACCOUNT_KIND_FROM_WIRE[w.LoaiTaiKhoan];
  const birthDate = date(w.NgaySinh);
  return {
    idNumber: w.SoDinhDanh,
    kind,
    fullName: w.HoVaTen,
    birthDate,
    gender: w.GioiTinh === null ? null : w.GioiTinh === 1 ? 'male' : 'female',
    nationality: w.QuocTich,
    address: w.DiaChi,
    phone: w.SoDienThoai,
    email: w.Email,
    version: w.PhienBan,
    updatedAt: instant(w.NgayCapNhat),
    linkage: {
      accountKind: kind,
      birthDate,
      underGuardianship: w.DuoiGiamHo,
      portalAccount: PORTAL_ACCOUNT_FROM_WIRE[w.TaiKhoanDVCQG],
      vneidLevel: w.MucDoDinhDanh,
      lock: w.KhoaTaiKhoan === null ? null : { reason: LOCK_REASON_FROM_WIRE[w.KhoaTaiKhoan.LyDo], since: date(w.KhoaTaiKhoan.TuNgay) },
      guardian:
        w.NguoiGiamHo === null
          ? null
          : { name: w.NguoiGiamHo.HoVaTen, idNumber: w.NguoiGiamHo.SoDinhDanh, relation: w.NguoiGiamHo.QuanHe },
      organisationEid: w.TaiKhoanDinhDanhToChuc ?? null,
      residenceCard: w.TheCuTru ? RESIDENCE_CARD_FROM_WIRE[w.TheCuTru] : null,
      hasIdentityCard: w.CoTheCanCuoc ?? null,
    },
  };
}
