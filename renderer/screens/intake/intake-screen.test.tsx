import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail, ok } from '../../../shared/contract';
import { formatDisplayDate, officeDate } from '../../../shared/domain/office-time';
import { addWorkingDays } from '../../../shared/domain/working-days';
import { installFakeDesk } from '../../test/fake-desk';
import { idleSync } from '../../test/sync-fixtures';
import { renderApp } from '../../test/render-app';

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
    const desk = installFakeDesk({ answers: { ...idleSync } });
    await openIntake();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    expect(screen.getByRole('textbox', { name: /Họ và tên/ }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: /Trích yếu/ }).getAttribute('aria-invalid')).toBe('true');
    expect(desk.calls.some((c) => c.name === 'action.intake')).toBe(false);
  });

  it('shows the appointment date from the working days and submits, showing the provisional code', async () => {
    const desk = installFakeDesk({ answers: { ...idleSync, 'action.intake': () => ok({ seq: 1, dossierCode: 'TMP-0001', projectedStatus: 2, dueAt: null }) } });
    await openIntake();
    const user = userEvent.setup();
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
  }, 20_000);

  it('shows a full disk and does not look saved', async () => {
    installFakeDesk({ answers: { ...idleSync, 'action.intake': () => fail('STORAGE', 'full', { message: { vi: 'Chưa lưu: ổ đĩa đã đầy.', en: 'Not saved.' } }) } });
    await openIntake();
    const user = userEvent.setup();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    await waitFor(() => expect(within(screen.getByTestId('action-failure')).getByText('Chưa lưu: ổ đĩa đã đầy.')).toBeTruthy());
    expect(screen.queryByTestId('intake-done')).toBeNull();
  }, 20_000);
});
