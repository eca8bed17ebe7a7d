import { describe, expect, it } from 'vitest';
import { dossierWireSchema } from '../../../shared/portal/dossier-wire';
import { dossierFromWire } from '../../../shared/portal/map';
import { opencpsSettingsSchema } from '../config/opencps-settings';
import { createOpencpsMapper } from './opencps/map';
import { opencpsDossierSchema } from './opencps/wire';

const NATIONAL = {
  MaHoSo: '000.00.12.H29-260115-0007', PhienBan: 2, TrangThaiHoSo: 2, MaTTHC: '1.003003',
  TenTTHC: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', MaLinhVuc: 'DD', TenLinhVuc: 'Đất đai',
  DonViXuLy: '000.00.22.H29', ChuHoSo: 'Lê Văn Hùng', LoaiDoiTuong: 1, SoDinhDanh: '001085012345', SoDienThoai: null, Email: null,
  DiaChi: 'Số 12 đường Lê Lợi, Phường Cầu Giấy, Thành phố Hà Nội', TrichYeuHoSo: 'Đăng ký biến động', SoBoHoSo: 1, LePhi: 30000,
  NgayNopHoSo: '20260115083000', NgayTiepNhan: '20260115083000', NgayHenTra: '20260129170000', NgayTra: null, NgayCapNhat: '20260115090000',
  TaiKhoanDuocXacThucVoiVNeID: true, QuaTrinhXuLy: [],
};

describe('receiving centre and competent unit on the national wire', () => {
  it('carries the two as separate facts, with names', () => {
    const wire = dossierWireSchema.parse({
      ...NATIONAL,
      TenDonViXuLy: 'Văn phòng Đăng ký đất đai thành phố Hà Nội',
      DonViTiepNhan: '000.00.12.H29',
      TenDonViTiepNhan: 'Trung tâm Phục vụ hành chính công phường Ba Đình',
    });
    const d = dossierFromWire(wire);
    expect(d.receivingCentre).toEqual({ code: '000.00.12.H29', name: 'Trung tâm Phục vụ hành chính công phường Ba Đình' });
    expect(d.competentUnit).toEqual({ code: '000.00.22.H29', name: 'Văn phòng Đăng ký đất đai thành phố Hà Nội' });
  });

  it('reads an older portal that sends only DonViXuLy: the competent unit by code, the receiving centre unknown', () => {
    const d = dossierFromWire(dossierWireSchema.parse(NATIONAL));
    expect(d.competentUnit).toEqual({ code: '000.00.22.H29', name: '' });
    expect(d.receivingCentre).toBeNull();
  });

  it('refuses a receiving centre that is not text (the schema guards the boundary)', () => {
    expect(dossierWireSchema.safeParse({ ...NATIONAL, DonViTiepNhan: 12 }).success).toBe(false);
  });
});

describe('competent unit on the OpenCPS wire', () => {
  const mapper = createOpencpsMapper(opencpsSettingsSchema.parse({ groupId: '35417', actionCodes: { note: '9001' } }));
  const base = { dossierId: 501, dossierNo: 'HS-2026-000501', serviceCode: '1.003003', dossierStatus: 'receiving', modifiedDate: '15/01/2026 09:00:00' };

  it('reads govAgencyCode and govAgencyName as the competent unit; OpenCPS says nothing of the receiving centre', () => {
    const d = mapper.dossier(opencpsDossierSchema.parse({ ...base, govAgencyCode: ' 000.00.22.H29 ', govAgencyName: 'Văn phòng Đăng ký đất đai thành phố Hà Nội' }));
    expect(d?.competentUnit).toEqual({ code: '000.00.22.H29', name: 'Văn phòng Đăng ký đất đai thành phố Hà Nội' });
    expect(d?.receivingCentre).toBeNull();
  });

  it('stays tolerant when the agency fields are missing or null', () => {
    expect(mapper.dossier(opencpsDossierSchema.parse(base))?.competentUnit).toEqual({ code: '', name: '' });
    expect(mapper.dossier(opencpsDossierSchema.parse({ ...base, govAgencyCode: null, govAgencyName: null }))?.competentUnit).toEqual({ code: '', name: '' });
  });
});
