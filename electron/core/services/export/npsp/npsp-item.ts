import { z } from 'zod';
import type { Dossier } from '../../../../../shared/domain/dossier';
import { formatWireDateTime } from '../../../../../shared/domain/office-time';

const wireDate = z.string().regex(/^\d{14}$/, 'yyyyMMddHHmmss');

/** One DongBoHoSoMC item: the dossier as a provincial system pushes it to the National Public Service Portal. */
export const npspDossierItemSchema = z
  .object({
    MaHoSo: z.string().min(1),
    MaTTHC: z.string(),
    TenTTHC: z.string(),
    MaLinhVuc: z.string(),
    TenLinhVuc: z.string(),
    /** 1 trực tiếp (at the counter), 2 trực tuyến (online). */
    KenhThucHien: z.enum(['1', '2']),
    ChuHoSo: z.string().min(1),
    SoGiayToChuHoSo: z.string(),
    /** 1 citizen, 2 organisation, 3 foreigner. */
    LoaiDoiTuong: z.enum(['1', '2', '3']),
    SoDienThoai: z.string(),
    Email: z.string(),
    TrichYeuHoSo: z.string(),
    NgayTiepNhan: wireDate,
    NgayHenTra: z.union([wireDate, z.literal('')]),
    NgayTra: z.union([wireDate, z.literal('')]),
    NgayKetThucXuLy: z.union([wireDate, z.literal('')]),
    TrangThaiHoSo: z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']),
    DonViXuLy: z.string(),
    GhiChu: z.string(),
    TaiLieuNop: z.array(z.object({ TenTepDinhKem: z.string() })),
    DanhSachLePhi: z.array(z.object({ TenPhiLePhi: z.string(), MucPhi: z.int().nonnegative() })),
    DanhSachHoSoBoSung: z.array(z.object({ NgayYeuCauBoSung: wireDate, NoiDungYeuCauBoSung: z.string() })),
    HoSoCoThanhPhanSoHoa: z.enum(['0', '1']),
    /** "1" when the applicant was authenticated with VNeID at intake (national population-data indicator). */
    TaiKhoanDuocXacThucVoiVNeID: z.enum(['0', '1']),
    /** LoaiDinhDanh 1 = 12-digit personal ID, 2 = 9-digit old ID. */
    DinhDanhCHS: z.array(z.object({ LoaiDinhDanh: z.enum(['1', '2']), SoDinhDanh: z.string() })),
  })
  .strict();
export type NpspDossierItem = z.infer<typeof npspDossierItemSchema>;

export const npspExportSchema = z.object({ service: z.literal('DongBoHoSoMC'), isUpdating: z.boolean(), data: z.array(npspDossierItemSchema) }).strict();

const wire = (iso: string | null): string => (iso ? formatWireDateTime(iso) : '');

/** `vneidAtIntake`: what this desk's VNeID check at intake said, when the dossier was taken in here. */
export function toNpspItem(d: Dossier, vneidAtIntake: boolean | null): NpspDossierItem {
  const online = d.history.some((h) => h.action === 'submitted_online');
  const id = d.applicant.idNumber ?? '';
  const supplements = d.history.filter((h) => h.action === 'request_supplement');
  return {
    MaHoSo: d.code,
    MaTTHC: d.procedure.code,
    TenTTHC: d.procedure.name,
    MaLinhVuc: d.field.code,
    TenLinhVuc: d.field.name,
    KenhThucHien: online ? '2' : '1',
    ChuHoSo: d.applicant.name,
    SoGiayToChuHoSo: id,
    LoaiDoiTuong: d.applicant.kind === 'organisation' ? '2' : d.applicant.kind === 'foreigner' ? '3' : '1',
    SoDienThoai: d.applicant.phone ?? '',
    Email: d.applicant.email ?? '',
    TrichYeuHoSo: d.summary,
    NgayTiepNhan: wire(d.receivedAt ?? d.submittedAt),
    NgayHenTra: wire(d.dueAt),
    NgayTra: wire(d.returnedAt),
    NgayKetThucXuLy: d.status === 9 || d.status === 10 ? wire(d.returnedAt ?? d.updatedAt) : '',
    TrangThaiHoSo: String(d.status) as NpspDossierItem['TrangThaiHoSo'],
    DonViXuLy: d.competentUnit.code,
    GhiChu: '',
    TaiLieuNop: [],
    DanhSachLePhi: d.feeVnd > 0 ? [{ TenPhiLePhi: `Lệ phí ${d.procedure.name}`, MucPhi: d.feeVnd }] : [],
    DanhSachHoSoBoSung: supplements.map((h) => ({ NgayYeuCauBoSung: formatWireDateTime(h.at), NoiDungYeuCauBoSung: h.note ?? '' })),
    HoSoCoThanhPhanSoHoa: '0',
    TaiKhoanDuocXacThucVoiVNeID: (vneidAtIntake ?? d.vneidVerified) ? '1' : '0',
    DinhDanhCHS: /^\d{12}$/.test(id) ? [{ LoaiDinhDanh: '1', SoDinhDanh: id }] : /^\d{9}$/.test(id) ? [{ LoaiDinhDanh: '2', SoDinhDanh: id }] : [],
  };
}
