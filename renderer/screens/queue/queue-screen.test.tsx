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
  queuedAction(2, 'conflict', {
    kind: 'request_supplement',
    payload: { kind: 'request_supplement', missingDocuments: ['Thiếu giấy tờ', 'Tờ khai'] },
    lastError: { code: 'CONFLICT', message: { vi: 'Hồ sơ đã thay đổi trên Cổng', en: 'Changed' }, currentVersion: 3 },
  }),
  queuedAction(3, 'rejected', { lastError: { code: 'rejected', params: { status: 422 }, message: { vi: 'Lý do quá ngắn', en: 'Too short' } } }),
  queuedAction(4, 'waiting', {
    kind: 'forward',
    payload: { kind: 'forward', toUnit: 'H15.50.05.13' },
    nextAttemptAt: '2026-06-15T03:40:00.000Z',
    lastError: { code: 'server', params: { status: 503 }, message: { vi: 'Cổng đang gặp sự cố (mã 503). Thao tác sẽ tự gửi lại.', en: 'The portal is having trouble (code 503).' }, detail: '503 Service unavailable: simulated outage' },
  }),
  queuedAction(6, 'rejected', { kind: 'intake', payload: { procedureCode: '1.004222' }, lastError: { code: 'rejected', params: { status: 422 }, message: { vi: 'Số điện thoại không hợp lệ', en: 'Invalid phone' } } }),
  queuedAction(7, 'rejected', { kind: 'intake', payload: { procedureCode: '1.004222' }, lastError: { code: 'rejected', params: { status: 410 }, message: { vi: 'Chức năng đã bãi bỏ', en: 'Gone' } } }),
  // Refusal needs status 1; the portal has the dossier at 4 now: re-applying cannot succeed.
  queuedAction(5, 'conflict', { lastError: { code: 'conflict', message: { vi: 'Hồ sơ đã được thay đổi ở nơi khác.', en: 'Changed elsewhere.' }, currentVersion: 3 } }),
];

const HISTORY = [
  { at: '2026-06-15T03:00:00.000Z', event: 'queued', detail: null },
  { at: '2026-06-15T03:00:01.000Z', event: 'sending', detail: null },
  { at: '2026-06-15T03:00:02.000Z', event: 'retry', detail: { nextAttemptAt: '2026-06-15T03:40:00.000Z', error: rows[3]?.lastError } },
  { at: '2026-06-15T03:00:03.000Z', event: 'withdrawn', detail: { reason: 'Công dân rút' } },
  { at: '2026-06-15T03:00:04.000Z', event: 'superseded', detail: { bySeq: 12 } },
];

function desk() {
  return installFakeDesk({ answers: {
    ...idleSync,
    'queue.list': ({ state }) => ok(rows.filter((r) => !state || r.state === state)),
    'queue.get': ({ seq }) => {
      const found = rows.find((r) => r.seq === seq);
      return found ? ok({ ...found, history: HISTORY }) : fail('NOT_FOUND', 'no such action');
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
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('queue-filter'));
    await user.click(await screen.findByRole('option', { name: 'Bị từ chối' }));
    await waitFor(() => expect(within(screen.getByTestId('queue-table')).getAllByRole('row')).toHaveLength(4));
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
    const ours = within(dialog).getByTestId('ours-payload').textContent ?? '';
    expect(ours).toContain('Giấy tờ cần bổ sung (mỗi dòng một giấy tờ)Thiếu giấy tờ; Tờ khai');
    expect(ours).not.toMatch(/missingDocuments|kind|request_supplement/);
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

  it('offers correct-and-resend for an intake the portal found invalid (opening the intake form), never for one that cannot succeed', async () => {
    desk();
    await openQueue();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Chi tiết #7' }));
    let dialog = await screen.findByTestId('queue-detail');
    await within(dialog).findByTestId('portal-reason');
    expect(within(dialog).queryByRole('button', { name: 'Sửa và gửi lại' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Rút lại' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    await user.click(screen.getByRole('button', { name: 'Chi tiết #6' }));
    dialog = await screen.findByTestId('queue-detail');
    await user.click(await within(dialog).findByRole('button', { name: 'Sửa và gửi lại' }));
    await waitFor(() => expect(window.location.hash).toBe('#/intake/correct/6'));
  });

  it('explains a waiting action in the officer\'s words: reason, next try as a time, portal text only as a detail, history by name', async () => {
    desk();
    const table = await openQueue();
    const row = within(table).getByTestId('queue-row-4');
    expect(row.textContent).toContain('Cổng đang gặp sự cố (mã 503). Thao tác sẽ tự gửi lại.');
    expect(row.textContent).toContain('Lần gửi tiếp theo: 15/06/2026 10:40');
    expect(row.textContent).not.toMatch(/Service unavailable|simulated/);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Chi tiết #4' }));
    const dialog = await screen.findByTestId('queue-detail');
    expect((await within(dialog).findByTestId('next-try')).textContent).toBe('Lần gửi tiếp theo: 15/06/2026 10:40');
    expect(within(dialog).getByText('Chi tiết kỹ thuật')).toBeTruthy();
    const history = within(dialog).getByTestId('queue-history').textContent ?? '';
    expect(history).toContain('Đã ghi vào hàng đợi');
    expect(history).toContain('Đang gửi lên Cổng');
    expect(history).toContain('Chưa gửi được, sẽ gửi lại: Cổng đang gặp sự cố (mã 503). Thao tác sẽ tự gửi lại. — gửi lại lúc 15/06/2026 10:40');
    expect(history).toContain('Đã rút lại. Lý do: Công dân rút');
    expect(history).toContain('Đã được thay bằng bản sửa: thao tác #12');
    expect(history).not.toMatch(/\b(queued|sending|retry|withdrawn|superseded|bySeq)\b/);
  });

  it('offers no re-apply when the action cannot succeed on the portal\'s current status, and says why', async () => {
    desk();
    await openQueue();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Chi tiết #5' }));
    const dialog = await screen.findByTestId('queue-detail');
    expect((await within(dialog).findByTestId('cannot-reapply')).textContent).toContain('(Đang xử lý)');
    expect(within(dialog).queryByRole('button', { name: 'Áp dụng lại trên phiên bản mới nhất' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Rút lại' })).toBeTruthy();
  });
});
