import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail, ok } from '../../../shared/contract';
import { formatDisplayDate, officeDate } from '../../../shared/domain/office-time';
import { addWorkingDays } from '../../../shared/domain/working-days';
import { installActionsDesk } from '../../components/actions/action-fake-desk';
import { renderApp } from '../../test/render-app';
import { citizenDetail, factsFor } from '../lookup/lookup-test-desk';

const openIntake = async () => {
  window.location.hash = '#/intake';
  renderApp();
  return screen.findByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ mới' });
};

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('textbox', { name: /Họ và tên/ }), 'Nguyễn Văn An');
  await user.type(screen.getByRole('textbox', { name: /^Địa chỉ/ }), '12 Lê Lợi, Huế');
  await user.type(screen.getByRole('combobox', { name: /Thủ tục hành chính/ }), 'Đăng ký tạm trú');
  await user.click(await screen.findByRole('option', { name: /1\.004222/ }));
  await user.type(screen.getByRole('textbox', { name: /Trích yếu/ }), 'Đăng ký tạm trú tại phường');
  await user.type(screen.getByRole('textbox', { name: 'Giấy tờ 1' }), 'Tờ khai CT01');
}

describe('intake screen', () => {
  it('lists the empty required fields and calls nothing', async () => {
    const desk = installActionsDesk({});
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    expect(screen.getByRole('textbox', { name: /Họ và tên/ }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: /Trích yếu/ }).getAttribute('aria-invalid')).toBe('true');
    expect(desk.calls.some((c) => c.name === 'action.intake')).toBe(false);
  });

  it('shows the appointment date from the working days and submits, showing the provisional code', async () => {
    const desk = installActionsDesk({ 'action.intake': () => ok({ seq: 1, dossierCode: 'TMP-0001', projectedStatus: 2, dueAt: null }) });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    const expected = formatDisplayDate(addWorkingDays(officeDate(new Date()), 3));
    expect(screen.getByTestId('appointment').textContent).toContain(expected);
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    const done = await screen.findByTestId('intake-done');
    expect(done.textContent).toContain('Đã tiếp nhận hồ sơ TMP-0001');
    expect(done.textContent).toContain('Mã tạm thời');
    expect(desk.calls.find((c) => c.name === 'action.intake')?.input).toMatchObject({
      procedureCode: '1.004222',
      applicant: { kind: 'citizen', name: 'Nguyễn Văn An', idNumber: null, address: '12 Lê Lợi, Huế' },
      documents: ['Tờ khai CT01'],
      sets: 1,
    });
  }, 90_000);

  it('shows a full disk and does not look saved', async () => {
    installActionsDesk({ 'action.intake': () => fail('STORAGE', 'full', { message: { vi: 'Chưa lưu: ổ đĩa đã đầy.', en: 'Not saved.' } }) });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    await waitFor(() => expect(within(screen.getByTestId('action-failure')).getByText('Chưa lưu: ổ đĩa đã đầy.')).toBeTruthy());
    expect(screen.queryByTestId('intake-done')).toBeNull();
  }, 90_000);

  const ONLINE_ONLY = {
    message: {
      vi: 'Từ ngày 01/10/2025, thủ tục này không tiếp nhận hồ sơ giấy (Chỉ thị 24/CT-TTg ngày 13/09/2025): hướng dẫn, hỗ trợ công dân nộp trực tuyến.',
      en: 'Since 01/10/2025 this procedure takes no paper dossier (Directive 24/CT-TTg).',
    },
    onlineOnlyFrom: '2025-10-01',
    issues: [],
  };

  it('an online-only procedure: the refusal with its reason, then assisted filing for a level-2 applicant', async () => {
    const desk = installActionsDesk({
      'action.intake': () => fail('VALIDATION', 'online only', ONLINE_ONLY),
      'citizen.find': () => ok(citizenDetail(factsFor.linked_level2)),
    });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    await user.type(screen.getByRole('textbox', { name: /Số giấy tờ/ }), '079090001234');
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    const refusal = await screen.findByTestId('online-only-refusal');
    expect(refusal.textContent).toContain('Chưa ghi nhận hồ sơ giấy nào.');
    expect(refusal.textContent).toContain('không tiếp nhận hồ sơ giấy');
    const readiness = await screen.findByTestId('assisted-readiness');
    expect(readiness.getAttribute('data-can-file')).toBe('true');
    expect(readiness.textContent).toContain('Nộp được ngay');
    expect(desk.calls.find((c) => c.name === 'citizen.find')?.input).toEqual({ identifier: '079090001234' });
    expect(screen.queryByTestId('intake-done')).toBeNull();
    // The Vietnamese slip carries the procedure and the steps.
    const slip = screen.getByTestId('online-filing-slip');
    expect(slip.textContent).toContain('HƯỚNG DẪN NỘP HỒ SƠ TRỰC TUYẾN');
    expect(slip.textContent).toContain('Thủ tục: Đăng ký tạm trú');
    await waitFor(() => expect(slip.textContent).toContain('Trung tâm Phục vụ hành chính công phường Ba Đình'));
    // Back to the form keeps what was typed.
    await user.click(screen.getByRole('button', { name: 'Quay lại phiếu tiếp nhận' }));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Họ và tên/ }).value).toBe('Nguyễn Văn An');
  }, 90_000);

  it('an applicant without an account: steps first, with the hotline', async () => {
    installActionsDesk({
      'action.intake': () => fail('VALIDATION', 'online only', ONLINE_ONLY),
      'citizen.find': () => ok(citizenDetail(factsFor.no_account)),
    });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    await user.type(screen.getByRole('textbox', { name: /Số giấy tờ/ }), '079090001234');
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    const readiness = await screen.findByTestId('assisted-readiness');
    expect(readiness.getAttribute('data-can-file')).toBe('false');
    expect(readiness.textContent).toContain('Chưa nộp được ngay');
    expect(readiness.textContent).toContain('1900.0368');
    expect(within(readiness).getAllByRole('listitem').length).toBeGreaterThan(3);
  }, 90_000);

  it('without an identifier it asks for one instead of guessing', async () => {
    const desk = installActionsDesk({ 'action.intake': () => fail('VALIDATION', 'online only', ONLINE_ONLY) });
    await openIntake();
    const user = userEvent.setup({ delay: null });
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    expect((await screen.findByTestId('assisted-filing')).textContent).toContain('Nhập số giấy tờ của người nộp');
    expect(screen.queryByRole('button', { name: /In phiếu/ })).toBeNull();
    expect(desk.calls.some((c) => c.name === 'citizen.find')).toBe(false);
  }, 90_000);
});
