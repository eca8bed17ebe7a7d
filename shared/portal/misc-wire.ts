import { z } from 'zod';
import { actionWireCodeSchema, dossierStatusWireSchema, dossierWireSchema } from './dossier-wire';
import { wireDateSchema, wireDateTimeSchema } from './wire-common';

export const healthWireSchema = z.object({
  status: z.literal('ok'),
  time: wireDateTimeSchema,
  version: z.string(),
  /** True when this is the training simulator, never a real gateway. */
  simulated: z.boolean(),
});

export const loginRequestWireSchema = z.object({
  TenDangNhap: z.string().min(1).max(64),
  MatKhau: z.string().min(1).max(256),
});
export const officerRoleWireSchema = z.enum(['CanBo', 'GiamSat', 'QuanTri']);
export type OfficerRoleWire = z.infer<typeof officerRoleWireSchema>;
export const loginResultWireSchema = z.object({
  token: z.string().min(16),
  expiresAt: wireDateTimeSchema,
  CanBo: z.object({
    MaCanBo: z.string(),
    HoTen: z.string(),
    VaiTro: officerRoleWireSchema,
    DonViXuLy: z.string(),
  }),
});

export const handlingLogEntryWireSchema = z.object({
  SoThuTu: z.int().min(1),
  MaHoSo: z.string(),
  HanhDong: actionWireCodeSchema,
  MaCanBo: z.string(),
  TenCanBo: z.string(),
  ThoiGian: wireDateTimeSchema,
  TrangThaiTruoc: dossierStatusWireSchema.nullable(),
  TrangThaiSau: dossierStatusWireSchema,
  MaTTHC: z.string(),
  TenTTHC: z.string(),
  ChuHoSo: z.string(),
  DonViXuLy: z.string(),
  GhiChu: z.string().nullable(),
});
export const handlingLogWireSchema = z.object({
  Ngay: wireDateSchema,
  DonViXuLy: z.string(),
  items: z.array(handlingLogEntryWireSchema),
});

export const auditHeadWireSchema = z.object({
  officerId: z.string().min(1).max(64),
  deviceId: z.string().min(1).max(128),
  seq: z.int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export const auditReceiptWireSchema = z.object({
  receiptId: z.string().min(1).max(128),
  /** The device whose chain head this receipt witnesses. */
  deviceId: z.string().min(1).max(128),
  seq: z.int().min(0),
  hash: z.string(),
  receivedAt: wireDateTimeSchema,
  /** Ed25519 over auditReceiptSigningText(...), base64; the desk pins the portal's public key. */
  signature: z.string().max(256),
});
/** Every head the portal has receipted for one device, oldest first. */
export const auditReceiptListWireSchema = z.object({
  deviceId: z.string().min(1).max(128),
  items: z.array(auditReceiptWireSchema),
});

/** RFC 9457 problem details, with the extensions this API uses. */
export const problemWireSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().min(400).max(599),
  detail: z.string().optional(),
  instance: z.string().optional(),
  /** Why an action was refused, in Vietnamese and English. */
  reason: z.object({ vi: z.string(), en: z.string() }).optional(),
  /** 409: the dossier's version now. */
  currentVersion: z.int().min(1).optional(),
  /** 409: the dossier as it is now. */
  current: dossierWireSchema.optional(),
  /** 429/503: seconds to wait, also sent as Retry-After. */
  retryAfterSeconds: z.int().min(0).optional(),
  /** 410: the dispatch that removed the function. */
  dispatch: z.string().optional(),
  hotline: z.string().optional(),
});
export type ProblemWire = z.infer<typeof problemWireSchema>;
