import { z } from 'zod';
import { INTAKE_DECLARATION } from '../domain/action-kinds';
import { actionWireCodeSchema, dossierStatusWireSchema, dossierWireSchema, applicantTypeWireSchema } from './dossier-wire';
import { wireDateSchema, wireDateTimeSchema } from './wire-common';

/** Counter action codes: every action code except intake, which has its own route. */
export const counterActionWireCodeSchema = actionWireCodeSchema.exclude([INTAKE_DECLARATION.wire.national]);

export const actionRequestWireSchema = z.object({
  HanhDong: counterActionWireCodeSchema,
  /** The dossier version the officer saw; checked for status-changing actions. */
  PhienBanDuKien: z.int().min(1),
  GhiChu: z.string().max(2000).nullable().optional(),
  LyDo: z.string().max(2000).nullable().optional(),
  /** Forward target (agency e-ID code) for ChuyenXuLy. */
  DonViNhan: z.string().max(64).nullable().optional(),
  /** New appointment date (yyyyMMdd) of an apology and extension: it becomes NgayHenTra. */
  NgayHenTraMoi: wireDateSchema.nullable().optional(),
  /** Who collected the result (TraKetQua): the applicant (LaChuHoSo) or an authorised person. */
  NguoiNhanKetQua: z
    .object({ LaChuHoSo: z.boolean(), HoTen: z.string().max(200).nullable(), SoDinhDanh: z.string().regex(/^\d{12}$/).nullable() })
    .nullable()
    .optional(),
  /** The fee collected with the result, in đồng. */
  LePhiDaThu: z.int().min(0).nullable().optional(),
});
export type ActionRequestWire = z.infer<typeof actionRequestWireSchema>;

export const appliedActionWireSchema = z.object({
  /** Position in the portal's handling log (increasing). */
  SoThuTu: z.int().min(1),
  MaHoSo: z.string(),
  HanhDong: actionWireCodeSchema,
  TrangThaiTruoc: dossierStatusWireSchema.nullable(),
  TrangThaiSau: dossierStatusWireSchema,
  PhienBan: z.int().min(1),
  MaCanBo: z.string(),
  ThoiGian: wireDateTimeSchema,
});

export const actionResultWireSchema = z.object({ KetQua: appliedActionWireSchema, HoSo: dossierWireSchema });
export type ActionResultWire = z.infer<typeof actionResultWireSchema>;

export const intakeRequestWireSchema = z.object({
  MaTTHC: z.string().min(1),
  /** The competent unit picked at the counter; the portal's usual unit for the procedure when absent. */
  DonViXuLy: z.string().min(1).max(64).optional(),
  ChuHoSo: z.string().min(1).max(200),
  LoaiDoiTuong: applicantTypeWireSchema,
  SoDinhDanh: z.string().max(20).nullable(),
  SoDienThoai: z.string().max(20).nullable(),
  Email: z.string().max(200).nullable(),
  DiaChi: z.string().max(500),
  TrichYeuHoSo: z.string().max(2000),
  SoBoHoSo: z.int().min(1).max(99),
  TaiKhoanDuocXacThucVoiVNeID: z.boolean(),
  GhiChu: z.string().max(2000).nullable().optional(),
});
export type IntakeRequestWire = z.infer<typeof intakeRequestWireSchema>;
