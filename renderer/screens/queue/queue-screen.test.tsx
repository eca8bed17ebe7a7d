import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail, ok } from '../../../shared/contract';
import { installFakeDesk } from '../../test/fake-desk';
import { idleSync, queuedAction } from '../../test/sync-fixtures';
import { dossierDetail } from '../../test/lookup-fixtures';
import { renderApp } from '../../test/render-app';


const rows = [
  queuedAction(1, 'waiting'),
  queuedAction(2, 'conflict', { lastError: { code: 'CONFLICT', message: { vi: 'Hồ sơ đã thay đổi trên Cổng', en: 'Changed' }, currentVersion: 3 } }),
  queuedAction(3, 'rejected', { lastError: { code: 'REJECTED', message: { vi: 'Lý do quá ngắn', en: 'Too short' } } }),
];

function desk() {
  return installFakeDesk({ answers: {
    ...idleSync,
    'queue.list': ({ state }) => ok(rows.filter((r) => !state || r.state === state)),
    'queue.get': ({ seq }) => {
      const found = rows.find((r) => r.seq === seq);
      return found ? ok({ ...found, history: [{ at: '2026-06-15T03:00:00.000Z', event: 'enqueued', detail: null }] }) : fail('NOT_FOUND', 'no such action');
    },
    'queue.withdraw': ({ seq }) => ok(queuedAction(seq, 'withdrawn')),
    'queue.reapply': ({ seq }) => ok(queuedAction(seq, 'waiting')),
    'dossier.get': ({ code }) => {
      const detail = dossierDetail(code);
      return ok({ ...detail, dossier: { ...detail.dossier, status: 4, version: 3, history: [] } });
    },
  } });
}

const openQueue = async () => {
  window.location.hash = '#/queue';
  renderApp();
  return screen.findByTestId('queue-table');
};

describe('queue screen', () => {
  it('lists actions and filters by state', async () => {
    const fake = desk();
    const table = await openQueue();
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('queue-filter'));
    await user.click(await screen.findByRole('option', { name: 'Bị từ chối' }));
    await waitFor(() => expect(within(screen.getByTestId('queue-table')).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByText('Lý do quá ngắn')).toBeTruthy();
    expect(fake.calls).toContainEqual({ name: 'queue.list', input: { state: 'rejected', limit: 500 } });
  });

  it('withdraws only with a reason', async () => {
    const fake = desk();
    await openQueue();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Chi tiết #1' }));
    const dialog = await screen.findByTestId('queue-detail');
    await user.click(await within(dialog).findByRole('button', { name: 'Rút lại' }));
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận rút lại' }));
    expect(within(dialog).getByRole('textbox', { name: /Lý do rút lại/ }).getAttribute('aria-invalid')).toBe('true');
    expect(fake.calls.some((c) => c.name === 'queue.withdraw')).toBe(false);
    await user.type(within(dialog).getByRole('textbox', { name: /Lý do rút lại/ }), 'Công dân rút');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận rút lại' }));
    await waitFor(() => expect(fake.calls).toContainEqual({ name: 'queue.withdraw', input: { seq: 1, reason: 'Công dân rút' } }));
  });

  it('shows theirs and ours for a conflict and re-applies', async () => {
    const fake = desk();
    await openQueue();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Chi tiết #2' }));
    const dialog = await screen.findByTestId('queue-detail');
    expect((await within(dialog).findByTestId('theirs-status')).textContent).toBe('Trạng thái hiện tại: Đang xử lý (phiên bản 3)');
    expect(within(dialog).getByTestId('ours-payload').textContent).toContain('Thiếu giấy tờ');
    await user.click(within(dialog).getByRole('button', { name: 'Áp dụng lại trên phiên bản mới nhất' }));
    await waitFor(() => expect(fake.calls).toContainEqual({ name: 'queue.reapply', input: { seq: 2 } }));
  });

  it('corrects a rejected action in the prefilled form and resubmits it', async () => {
    const fake = desk();
    await openQueue();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Chi tiết #3' }));
    const dialog = await screen.findByTestId('queue-detail');
    expect((await within(dialog).findByTestId('portal-reason')).textContent).toContain('Lý do quá ngắn');
    await user.click(within(dialog).getByRole('button', { name: 'Sửa và gửi lại' }));
    const reason = within(dialog).getByRole('textbox', { name: /^Lý do/ });
    expect((reason as HTMLTextAreaElement).value).toBe('Thiếu giấy tờ');
    await user.type(reason, ' bản chính CCCD');
    await user.click(within(dialog).getByRole('button', { name: 'Sửa và gửi lại' }));
    await waitFor(() =>
      expect(fake.calls).toContainEqual({ name: 'queue.reapply', input: { seq: 3, action: { kind: 'refuse', reason: 'Thiếu giấy tờ bản chính CCCD' } } }),
    );
  });
});
