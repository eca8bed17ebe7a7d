import { describe, expect, it } from 'vitest';
import { counterActionSchema, portalFieldsOf } from '../../../shared/domain/action-kinds';
import { actionRequestWireSchema } from '../../../shared/portal/action-wire';
import { opencpsActionWire } from './opencps/action-table';

const byAgent = counterActionSchema.parse({ kind: 'return_result', collector: 'authorised', collectorName: 'Trần Văn Bình', collectorId: '079090001234', feeCollectedVnd: 50_000 });
const bySelf = counterActionSchema.parse({ kind: 'return_result', collector: 'applicant', feeCollectedVnd: 0, note: 'Đã ký nhận' });

describe('return_result on both portal dialects', () => {
  it('the national wire accepts the collector and the fee, and refuses a bad ID or a negative fee', () => {
    expect(actionRequestWireSchema.safeParse({
      HanhDong: 'TraKetQua', PhienBanDuKien: 3, NguoiNhanKetQua: { LaChuHoSo: false, HoTen: 'Trần Văn Bình', SoDinhDanh: '079090001234' }, LePhiDaThu: 50_000,
    }).success).toBe(true);
    expect(actionRequestWireSchema.safeParse({ HanhDong: 'TraKetQua', PhienBanDuKien: 3, NguoiNhanKetQua: { LaChuHoSo: false, HoTen: 'B', SoDinhDanh: '12345' } }).success).toBe(false);
    expect(actionRequestWireSchema.safeParse({ HanhDong: 'TraKetQua', PhienBanDuKien: 3, LePhiDaThu: -1 }).success).toBe(false);
  });

  it('OpenCPS carries them in the payload and in the officer-readable note', () => {
    const agent = opencpsActionWire(portalFieldsOf(byAgent));
    expect(agent.payload).toEqual({ nguoiNhanLaChuHoSo: '0', hoTenNguoiNhan: 'Trần Văn Bình', soDinhDanhNguoiNhan: '079090001234', lePhiDaThu: '50000' });
    expect(agent.note).toMatch(/^Người nhận kết quả: Trần Văn Bình \(được ủy quyền, số định danh ••••••••1234\); lệ phí đã thu: 50\.000/);
    const self = opencpsActionWire(portalFieldsOf(bySelf));
    expect(self.payload).toEqual({ nguoiNhanLaChuHoSo: '1', lePhiDaThu: '0' });
    expect(self.note).toBe(`Người nhận kết quả: chính người nộp; lệ phí đã thu: 0\u00a0₫\nĐã ký nhận`);
  });
});
