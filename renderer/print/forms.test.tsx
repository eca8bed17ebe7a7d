import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ok } from '../../shared/contract';
import type { CounterAction } from '../../shared/domain/action-kinds';
import type { Dossier } from '../../shared/domain/dossier';
import { createDeskQueryClient } from '../app/query-client';
import { installFakeDesk } from '../test/fake-desk';
import { idleSync } from '../test/sync-fixtures';
import { ActionPanel } from '../components/actions/action-panel';
import { SessionContext } from '../components/auth/session-context';
import { AfterActionSlip } from './after-action-slips';
import { ReceiptSlipDialog, receiptFromDossier } from './receipt-slip';

const dossier: Dossier = {
  code: 'H15.50.05.13-261120-0007',
  version: 3,
  status: 4,
  procedure: { code: '1.009972', name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ' },
  field: { code: 'XD', name: 'Xây dựng' },
  receivingCentre: { code: '000.00.12.H29', name: 'Trung tâm Phục vụ hành chính công phường Ba Đình' },
  competentUnit: { code: 'H15.50.05.13', name: 'UBND xã Phù Đổng' },
  applicant: { kind: 'citizen', name: 'Phạm Thị Thu', idNumber: '001185012345', phone: '0912345678', email: null, address: 'Thôn Đông, Xã Phù Đổng, Thành phố Hà Nội' },
  summary: 'Xây nhà ở riêng lẻ',
  sets: 1,
  feeVnd: 75_000,
  submittedAt: '2026-11-20T02:00:00.000Z',
  receivedAt: '2026-11-20T02:05:00.000Z',
  dueAt: '2026-12-04T10:00:00.000Z',
  returnedAt: null,
  updatedAt: '2026-11-21T02:00:00.000Z',
  vneidVerified: true,
  history: [{ status: 2, action: 'intake', at: '2026-11-20T02:05:00.000Z', officerId: 'canbo02', note: null }],
};

const signedIn = (children: ReactNode, officerId = 'canbo01') => (
  <SessionContext.Provider
    value={{ state: { session: { officerId, displayName: 'Trần Văn Bình', roles: ['officer'] }, locked: false } as never, apply: () => undefined }}
  >
    {children}
  </SessionContext.Provider>
);

/** Every form: unit and national heading, its number, the date line, its title, the signature block naming the officer. */
function expectForm(form: string, title: string, officer: string) {
  const page = screen.getByTestId('print-page');
  expect(page.getAttribute('lang')).toBe('vi');
  expect(page.getAttribute('data-form')).toBe(form);
  const text = page.textContent ?? '';
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(within(page).getByTestId('form-unit').textContent).toBe('BỘ PHẬN MỘT CỬA');
  expect(text).toContain(`Mẫu số ${form} — Thông tư số 03/2025/TT-VPCP`);
  expect(text).toMatch(/……………, ngày \d{2} tháng \d{2} năm \d{4}/);
  expect(within(page).getByRole('heading', { level: 2 }).textContent).toBe(title);
  const signature = within(page).getByTestId('form-officer').textContent ?? '';
  expect(signature).toContain('Cán bộ tiếp nhận');
  expect(signature).toContain('(Ký, ghi rõ họ tên)');
  expect(signature).toContain(officer);
  return text;
}

const slip = (action: CounterAction) => render(signedIn(<AfterActionSlip dossier={dossier} action={action} onClose={() => undefined} />));

describe('the forms of Circular 03/2025, printed in Vietnamese', () => {
  it('01: the receipt names the officer who received it and the appointment, reprinted from the dossier', () => {
    render(signedIn(<ReceiptSlipDialog receipt={receiptFromDossier(dossier)} onClose={() => undefined} />));
    const text = expectForm('01', 'PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', 'canbo02');
    expect(text).toContain('Phạm Thị Thu');
    expect(text).toContain('Ngày hẹn trả kết quả:04/12/2026');
    expect(text).toContain('Cán bộ tiếp nhận:canbo02');
    expect(text).toContain('Người nộp hồ sơ');
  });

  it('01: the signed-in officer who received it is named by name', () => {
    render(signedIn(<ReceiptSlipDialog receipt={receiptFromDossier(dossier)} onClose={() => undefined} />, 'canbo02'));
    expectForm('01', 'PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', 'Trần Văn Bình');
  });

  it('02: the request to supplement lists what to bring', () => {
    slip({ kind: 'request_supplement', missingDocuments: ['Bản vẽ thiết kế', 'Giấy chứng nhận quyền sử dụng đất'] });
    const text = expectForm('02', 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', 'Trần Văn Bình');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Bản vẽ thiết kế', 'Giấy chứng nhận quyền sử dụng đất']);
    expect(text).toContain('Cấp giấy phép xây dựng nhà ở riêng lẻ');
  });

  it('03: the refusal to receive gives the reason', () => {
    slip({ kind: 'refuse', reason: 'Thủ tục không thuộc thẩm quyền của đơn vị' });
    const text = expectForm('03', 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ', 'Trần Văn Bình');
    expect(text).toContain('Lý do từ chối:Thủ tục không thuộc thẩm quyền của đơn vị');
  });

  it('04: the apology names the old and the new appointment and the reason', () => {
    slip({ kind: 'extend_deadline', newDueDate: '2026-12-18', reason: 'Chờ ý kiến của Sở Xây dựng' });
    const text = expectForm('04', 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', 'Trần Văn Bình');
    expect(text).toContain('thành thật xin lỗi');
    expect(text).toContain('Ngày hẹn trả đã ghi:04/12/2026');
    expect(text).toContain('Ngày hẹn trả mới:18/12/2026');
    expect(text).toContain('Lý do:Chờ ý kiến của Sở Xây dựng');
  });

  it('05: the notice to stop processing gives the reason', () => {
    slip({ kind: 'stop_processing', reason: 'Hồ sơ có giấy tờ giả mạo' });
    const text = expectForm('05', 'PHIẾU DỪNG XỬ LÝ', 'Trần Văn Bình');
    expect(text).toContain('Lý do dừng xử lý:Hồ sơ có giấy tờ giả mạo');
  });

  it('has no form for an action that hands nothing over', () => {
    const { container } = slip({ kind: 'note', text: 'Gọi lại cho công dân' });
    expect(container.textContent).toBe('');
  });
});

describe('the form offered right after its action', () => {
  it('offers form 05 once the notice to stop is saved, and prints what was recorded', async () => {
    const desk = installFakeDesk({ answers: { ...idleSync, 'action.record': () => ok({ seq: 9, dossierCode: dossier.code, projectedStatus: 8, dueAt: dossier.dueAt }) } });
    render(signedIn(<QueryClientProvider client={createDeskQueryClient()}><ActionPanel dossierCode={dossier.code} status={4} dossier={dossier} /></QueryClientProvider>));
    const user = userEvent.setup();
    expect(screen.queryByTestId('print-after-action')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dừng xử lý hồ sơ' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Lý do/ }), 'Hồ sơ có giấy tờ giả mạo');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thao tác' }));
    await waitFor(() => expect(desk.calls.some((c) => c.name === 'action.record')).toBe(true));
    expect(desk.calls.find((c) => c.name === 'action.record')?.input).toEqual({ dossierCode: dossier.code, action: { kind: 'stop_processing', reason: 'Hồ sơ có giấy tờ giả mạo' } });
    await user.click(await screen.findByRole('button', { name: 'In phiếu dừng xử lý (mẫu 05)' }));
    const text = expectForm('05', 'PHIẾU DỪNG XỬ LÝ', 'Trần Văn Bình');
    expect(text).toContain('Hồ sơ có giấy tờ giả mạo');
  });

  it('offers nothing to print after a note', async () => {
    installFakeDesk({ answers: { ...idleSync, 'action.record': () => ok({ seq: 9, dossierCode: dossier.code, projectedStatus: 4, dueAt: dossier.dueAt }) } });
    render(signedIn(<QueryClientProvider client={createDeskQueryClient()}><ActionPanel dossierCode={dossier.code} status={4} dossier={dossier} /></QueryClientProvider>));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ghi chú' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Nội dung ghi chú/ }), 'Đã gọi điện cho công dân');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thao tác' }));
    await waitFor(() => expect(screen.getByTestId('action-saved').textContent).toContain('Đã lưu'));
    expect(screen.queryByTestId('print-after-action')).toBeNull();
  });
});
