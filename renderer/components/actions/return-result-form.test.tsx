import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { fail, ok } from '../../../shared/contract';
import { createDeskQueryClient } from '../../app/query-client';
import { installFakeDesk } from '../../test/fake-desk';
import { idleSync } from '../../test/sync-fixtures';
import { ActionPanel } from './action-panel';

const CODE = 'H15.22-260601-0001';
const renderPanel = () =>
  render(
    <QueryClientProvider client={createDeskQueryClient()}>
      <ActionPanel dossierCode={CODE} status={9} />
    </QueryClientProvider>,
  );

describe('return result form', () => {
  it('asks for the authorised person only when one collects, reads the fee with Vietnamese grouping, and refuses a negative fee', async () => {
    const idIssue = { vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số (3 số mã tỉnh, 1 số thế kỷ và giới tính, 2 số năm sinh, 6 số ngẫu nhiên).', en: '12 digits' };
    let calls = 0;
    const desk = installFakeDesk({ answers: {
      ...idleSync,
      'action.record': () => {
        calls += 1;
        return calls === 1
          ? fail('VALIDATION', '12 digits', { issues: [{ key: 'action.collectorId', message: idIssue }] })
          : ok({ seq: 8, dossierCode: CODE, projectedStatus: 10, dueAt: null });
      },
    } });
    renderPanel();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Trả kết quả' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('textbox', { name: /người được ủy quyền/ })).toBeNull();
    const fee = within(dialog).getByRole('textbox', { name: /Lệ phí đã thu/ });
    await user.type(fee, '-5');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thao tác' }));
    expect(fee.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('Nhập số tiền bằng đồng, số nguyên không âm (ví dụ 50.000).')).toBeTruthy();
    expect(desk.calls.some((c) => c.name === 'action.record')).toBe(false);

    await user.click(within(dialog).getByRole('radio', { name: 'Người được ủy quyền' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Họ và tên người được ủy quyền/ }), 'Trần Văn Bình');
    await user.type(within(dialog).getByRole('textbox', { name: /Số định danh người được ủy quyền/ }), '12345');
    await user.clear(fee);
    await user.type(fee, '50.000');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thao tác' }));
    const id = within(dialog).getByRole('textbox', { name: /Số định danh người được ủy quyền/ });
    await waitFor(() => expect(id.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText(/phải gồm đúng 12 chữ số/)).toBeTruthy();

    await user.clear(id);
    await user.type(id, '079090001234');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu thao tác' }));
    await waitFor(() => expect(desk.calls.filter((c) => c.name === 'action.record').at(-1)).toEqual({
      name: 'action.record',
      input: { dossierCode: CODE, action: { kind: 'return_result', collector: 'authorised', collectorName: 'Trần Văn Bình', collectorId: '079090001234', feeCollectedVnd: 50_000 } },
    }));
  }, 60_000);
});
