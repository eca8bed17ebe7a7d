import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { fail, ok } from '../../../shared/contract';
import { createDeskQueryClient } from '../../app/query-client';
import { installFakeDesk } from '../../test/fake-desk';
import { idleSync } from '../../test/sync-fixtures';
import { ActionPanel } from './action-panel';
import type { DossierStatus } from '../../../shared/domain/dossier-status';

const renderPanel = (status: DossierStatus) =>
  render(
    <QueryClientProvider client={createDeskQueryClient()}>
      <ActionPanel dossierCode="H15.22-260601-0001" status={status} />
    </QueryClientProvider>,
  );

const recorded = () => ok({ seq: 7, dossierCode: 'H15.22-260601-0001', projectedStatus: 3, dueAt: null });

describe('action panel', () => {
  it('offers the allowed actions; the others wait behind "why not others?", disabled, with the reason linked', async () => {
    installFakeDesk({ answers: { ...idleSync } });
    renderPanel(1);
    expect(screen.queryByRole('button', { name: 'Chuyển xử lý' })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: /Vì sao không có thao tác khác\? \(\d+\)/ }));
    const forward = screen.getByRole('button', { name: 'Chuyển xử lý' });
    expect(forward.hasAttribute('disabled')).toBe(true);
    const reason = document.getElementById(forward.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toContain('chỉ được khi trạng thái là 2');
    expect(screen.getByRole('button', { name: 'Tiếp nhận' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('button', { name: 'Ghi chú' }).hasAttribute('disabled')).toBe(false);
  });

  it('requires the refusal reason before calling the core, then records and says it is waiting', async () => {
    const desk = installFakeDesk({ answers: { ...idleSync, 'action.record': recorded } });
    renderPanel(1);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Từ chối tiếp nhận' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thao tác' }));
    const reason = within(dialog).getByRole('textbox', { name: /Lý do/ });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    const describedBy = reason.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain('Vui lòng nhập thông tin này.');
    expect(desk.calls.some((c) => c.name === 'action.record')).toBe(false);

    await user.type(reason, 'Thiếu chữ ký');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thao tác' }));
    await waitFor(() => expect(screen.getByTestId('action-saved').textContent).toContain('Đã lưu, đang chờ gửi'));
    expect(desk.calls).toContainEqual({ name: 'action.record', input: { dossierCode: 'H15.22-260601-0001', action: { kind: 'refuse', reason: 'Thiếu chữ ký' } } });
  });

  it('sends missing documents one per line for a supplement request', async () => {
    const desk = installFakeDesk({ answers: { ...idleSync, 'action.record': recorded } });
    renderPanel(2);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Yêu cầu bổ sung' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Giấy tờ cần bổ sung/ }), 'Bản sao CCCD{Enter}{Enter}Sổ hộ khẩu');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thao tác' }));
    await waitFor(() => expect(desk.calls.some((c) => c.name === 'action.record')).toBe(true));
    expect(desk.calls.find((c) => c.name === 'action.record')?.input).toEqual({
      dossierCode: 'H15.22-260601-0001',
      action: { kind: 'request_supplement', missingDocuments: ['Bản sao CCCD', 'Sổ hộ khẩu'] },
    });
  });

  it('shows a full disk and marks nothing as saved', async () => {
    installFakeDesk({ answers: { ...idleSync, 'action.record': () => fail('STORAGE', 'disk full', { message: { vi: 'Chưa lưu: ổ đĩa đã đầy.', en: 'Not saved: the disk is full.' } }) } });
    renderPanel(1);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thao tác' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Chưa lưu: ổ đĩa đã đầy.');
    expect(screen.getByTestId('action-saved').textContent).toBe('');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('shows the core refusing a transition and marks the field the core named', async () => {
    installFakeDesk({ answers: {
      ...idleSync,
      'action.record': () =>
        fail('VALIDATION', 'bad', { issues: [{ key: 'action.toUnit', message: { vi: 'Mã đơn vị không hợp lệ', en: 'Bad unit' } }] }),
    } });
    renderPanel(2);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Chuyển xử lý' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Mã đơn vị/ }), 'X');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thao tác' }));
    expect(await within(dialog).findByText('Mã đơn vị không hợp lệ')).toBeTruthy();
    expect(screen.getByTestId('action-saved').textContent).toBe('');
  });
});
