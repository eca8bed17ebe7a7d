import { describe, expect, it } from 'vitest';
import { logBookFactsOf } from '../../../../shared/domain/action-kinds';
import { logBookColumns } from './columns';
import { title } from './log-book-document';
import type { LogBookRow } from './log-book-rows';

const row = (over: Partial<LogBookRow>): LogBookRow => ({
  no: 1, dossierCode: 'H15.50.05.13-261120-0001', procedureName: 'Cấp giấy phép xây dựng', sets: 1, applicantName: 'Phạm Thị Thu',
  address: 'Xã Phù Đổng, Thành phố Hà Nội', phone: null, receivingCentre: 'Trung tâm Phục vụ hành chính công xã Gia Lâm', competentUnit: 'UBND xã Phù Đổng', receivedAt: '2026-11-20T02:00:00.000Z',
  dueAt: '2026-12-18T10:00:00.000Z', forwardedTo: null, resultBackAt: null, returnedAt: null, officerId: 'canbo01', officerName: 'Trần Văn Bình',
  notes: null, action: 'note', at: '2026-12-02T02:00:00.000Z', sync: 'synced', source: 'this_pc', ...over,
});

describe('the log book as form 07 of Circular 03/2025', () => {
  it('is titled as form 07 in both languages', () => {
    expect(title('vi')).toBe('SỔ THEO DÕI HỒ SƠ (Mẫu số 07, Thông tư số 03/2025/TT-VPCP)');
    expect(title('en')).toMatch(/form 07, Circular 03\/2025\/TT-VPCP/);
  });

  it('names the apology and extension with its new date and reason, and the notice to stop with its reason', () => {
    const columns = logBookColumns('vi');
    const cell = (key: string, r: LogBookRow) => columns.find((c) => c.key === key)?.value(r);
    const extension = logBookFactsOf('extend_deadline', { kind: 'extend_deadline', newDueDate: '2026-12-18', reason: 'Chờ ý kiến Sở Xây dựng' });
    const extended = row({ action: 'extend_deadline', notes: extension.note });
    expect(cell('action', extended)).toBe('Xin lỗi và hẹn lại ngày trả');
    expect(cell('notes', extended)).toBe('Hẹn lại ngày trả 18/12/2026: Chờ ý kiến Sở Xây dựng');
    const stop = logBookFactsOf('stop_processing', { kind: 'stop_processing', reason: 'Giấy tờ giả mạo' });
    const stopped = row({ action: 'stop_processing', notes: stop.note });
    expect(cell('action', stopped)).toBe('Dừng xử lý hồ sơ');
    expect(cell('notes', stopped)).toBe('Giấy tờ giả mạo');
    expect(logBookColumns('en').find((c) => c.key === 'action')?.value(stopped)).toBe('Stop processing');
  });
});
