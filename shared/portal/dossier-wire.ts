import { z } from 'zod';
import { wireCodes } from '../domain/action-kinds';
import { DOSSIER_CODE_PATTERN } from '../domain/dossier-code';
import { wireDateTimeSchema } from './wire-common';

export const dossierStatusWireSchema = z.int().min(1).max(10).meta({
  description: 'TrangThaiHoSo: 1 mới đăng ký · 2 đã tiếp nhận · 3 không tiếp nhận · 4 đang xử lý · 5 yêu cầu bổ sung · 6 yêu cầu nghĩa vụ tài chính · 7 rút hồ sơ · 8 dừng xử lý · 9 đã xử lý xong · 10 đã trả kết quả',
});

/** Action codes on the wire, read off the kind declarations (shared/domain/action-kinds). */
export const actionWireCodeSchema = z.enum(wireCodes('national').codes);
export const historyWireCodeSchema = z.enum([...actionWireCodeSchema.options, 'NopTrucTuyen', 'XuLyNghiepVu']);

/** Applicant type (LoaiDoiTuong): 1 citizen, 2 organisation, 3 foreigner. */
export const applicantTypeWireSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const dossierCodeWireSchema = z.string().regex(new RegExp(`^${DOSSIER_CODE_PATTERN.replace(/^\^|\$$/g, '')}$`));

export const historyEntryWireSchema = z.object({
  TrangThaiHoSo: dossierStatusWireSchema,
  HanhDong: historyWireCodeSchema,
  ThoiGian: wireDateTimeSchema,
  MaCanBo: z.string().nullable(),
  GhiChu: z.string().nullable(),
});

export const dossierWireSchema = z.object({
  MaHoSo: dossierCodeWireSchema,
  PhienBan: z.int().min(1),
  TrangThaiHoSo: dossierStatusWireSchema,
  MaTTHC: z.string(),
  TenTTHC: z.string(),
  MaLinhVuc: z.string(),
  TenLinhVuc: z.string(),
  /** DonViXuLy: the competent unit that decides the dossier (agency e-ID code). */
  DonViXuLy: z.string(),
  /** Its name; the competent unit and the receiving centre are separate facts since 01/07/2025. Older portals omit these three. */
  TenDonViXuLy: z.string().optional(),
  /** The centre that received the dossier (any centre in the province). */
  DonViTiepNhan: z.string().optional(),
  TenDonViTiepNhan: z.string().optional(),
  ChuHoSo: z.string().min(1),
  LoaiDoiTuong: applicantTypeWireSchema,
  SoDinhDanh: z.string().nullable(),
  SoDienThoai: z.string().nullable(),
  Email: z.string().nullable(),
  DiaChi: z.string(),
  TrichYeuHoSo: z.string(),
  SoBoHoSo: z.int().min(1),
  LePhi: z.int().min(0),
  NgayNopHoSo: wireDateTimeSchema,
  NgayTiepNhan: wireDateTimeSchema.nullable(),
  NgayHenTra: wireDateTimeSchema.nullable(),
  NgayTra: wireDateTimeSchema.nullable(),
  NgayCapNhat: wireDateTimeSchema,
  TaiKhoanDuocXacThucVoiVNeID: z.boolean(),
  /** KenhThucHien: 1 in person, 2 online, 3 public postal service; older portals omit it. */
  KenhThucHien: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  QuaTrinhXuLy: z.array(historyEntryWireSchema),
});
export type DossierWire = z.infer<typeof dossierWireSchema>;
export type HistoryEntryWire = z.infer<typeof historyEntryWireSchema>;
