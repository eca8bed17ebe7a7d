import { z } from 'zod';
import { wireDateSchema, wireDateTimeSchema } from './wire-common';

/** NguoiCoGiayChungNhanCanCuoc: holder of a giấy chứng nhận căn cước (nationality undetermined). */
export const accountKindWireSchema = z.enum(['CongDan', 'NguoiNuocNgoai', 'ToChuc', 'NguoiCoGiayChungNhanCanCuoc']);
/** A foreigner's residence card: permanent (thường trú) or temporary (tạm trú). */
export const residenceCardWireSchema = z.enum(['ThuongTru', 'TamTru']);
export const lockReasonWireSchema = z.enum([
  'ChuTaiKhoanYeuCau',
  'ViPhamDieuKhoan',
  'TheBiThuHoi',
  'TheHetHan',
  'ChuTaiKhoanDaMat',
  'CoQuanThamQuyenYeuCau',
]);
/** Portal (NPSP) account: none, old account not verified with VNeID, verified with VNeID. */
export const portalAccountWireSchema = z.enum(['KhongCo', 'CuChuaXacThuc', 'DaXacThucVNeID']);

export const guardianWireSchema = z.object({
  HoVaTen: z.string().min(1),
  SoDinhDanh: z.string().regex(/^\d{12}$/).nullable(),
  QuanHe: z.string().nullable(),
});

export const citizenWireSchema = z.object({
  SoDinhDanh: z.string().min(1).max(20),
  LoaiTaiKhoan: accountKindWireSchema,
  HoVaTen: z.string().min(1),
  NgaySinh: wireDateSchema.nullable(),
  /** 1 Nam, 2 Nữ; null for organisations. */
  GioiTinh: z.union([z.literal(1), z.literal(2)]).nullable(),
  QuocTich: z.string().length(2),
  DiaChi: z.string(),
  SoDienThoai: z.string().nullable(),
  Email: z.string().nullable(),
  TaiKhoanDVCQG: portalAccountWireSchema,
  TaiKhoanDuocXacThucVoiVNeID: z.boolean(),
  MucDoDinhDanh: z.union([z.literal(1), z.literal(2)]).nullable(),
  KhoaTaiKhoan: z.object({ LyDo: lockReasonWireSchema, TuNgay: wireDateSchema.nullable() }).nullable(),
  DuoiGiamHo: z.boolean(),
  NguoiGiamHo: guardianWireSchema.nullable(),
  // Facts portals added for the 2025 rules; an older portal omits them (read as unknown).
  /** Organisations: the MPS organisation e-ID account exists. */
  TaiKhoanDinhDanhToChuc: z.boolean().nullable().optional(),
  /** Foreigners: the residence card held, if any. */
  TheCuTru: residenceCardWireSchema.nullable().optional(),
  /** Vietnamese citizens: holds a căn cước card (decides a child's own e-ID account). */
  CoTheCanCuoc: z.boolean().nullable().optional(),
  PhienBan: z.int().min(1),
  NgayCapNhat: wireDateTimeSchema,
});
export type CitizenWire = z.infer<typeof citizenWireSchema>;
