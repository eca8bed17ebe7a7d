import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeDesk } from '../../test/fake-desk';
import { idleSync, syncStatus } from '../../test/sync-fixtures';
import { renderApp } from '../../test/render-app';

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000 - 5_000).toISOString();

describe('status bar', () => {
  it('says offline since when, how many wait and the oldest age, failures and the last sync', async () => {
    installFakeDesk({ answers: {
      ...idleSync,
      'sync.status': () => ({
        ok: true,
        value: syncStatus({
          online: false,
          offlineSince: '2026-06-15T02:41:00.000Z',
          waiting: 3,
          oldestWaitingAt: minutesAgo(12),
          conflicts: 1,
          rejected: 1,
          lastSyncAt: '2026-06-15T07:05:00.000Z',
        }),
      }),
    } });
    renderApp();
    const region = await screen.findByRole('status', { name: 'Kết nối và đồng bộ' });
    expect(await within(region).findByText('Mất kết nối từ 09:41')).toBeTruthy();
    expect(within(region).getByText('3 thao tác chờ gửi, lâu nhất 12 phút')).toBeTruthy();
    expect(within(region).getByRole('link', { name: '2 thao tác cần xử lý' }).getAttribute('href')).toBe('#/queue');
    expect(within(region).getByText('Đồng bộ lúc 14:05')).toBeTruthy();
  }, 20_000);

  it('follows the pushed sync.status event and shows first-import progress', async () => {
    let current = syncStatus();
    const desk = installFakeDesk({ answers: { ...idleSync, 'sync.status': () => ({ ok: true, value: current }) } });
    renderApp();
    const region = await screen.findByRole('status', { name: 'Kết nối và đồng bộ' });
    expect(await within(region).findByText('Đã kết nối Cổng')).toBeTruthy();
    expect(within(region).getByText('Chưa đồng bộ')).toBeTruthy();
    current = syncStatus({ pulling: { stream: 'dossiers', firstImport: true, rows: 500, total: 2000, ratePerSecond: 250, secondsLeft: 6 } });
    act(() => desk.emit('sync.status', current));
    const bar = await within(region).findByRole('progressbar', { name: 'Đang tải dữ liệu lần đầu' });
    expect(bar.getAttribute('aria-valuenow')).toBe('500');
    expect(bar.getAttribute('aria-valuetext')).toBe('500 / 2000 bản ghi, 250 bản ghi/giây, còn khoảng 6 giây');
  });

  it('offers "refresh now" on every screen, by button and by F5 (the button names the key)', async () => {
    let refreshes = 0;
    installFakeDesk({ answers: {
      ...idleSync,
      'sync.now': () => {
        refreshes += 1;
        return { ok: true, value: { started: true, online: refreshes === 1, lastSyncAt: '2026-06-15T07:05:00.000Z' } };
      },
    } });
    renderApp();
    const user = userEvent.setup({ delay: null });
    const region = await screen.findByRole('status', { name: 'Kết nối và đồng bộ' });
    const button = await within(region).findByRole('button', { name: 'Cập nhật ngay (F5)' });
    await user.click(button);
    await waitFor(() => expect(refreshes).toBe(1));
    expect((await within(region).findByTestId('refresh-result')).textContent).toBe('Đã cập nhật lúc 14:05');
    window.location.hash = '#/queue';
    await user.keyboard('{F5}');
    await waitFor(() => expect(refreshes).toBe(2));
    await waitFor(() => expect(within(region).getByTestId('refresh-result').textContent).toBe('Chưa cập nhật được: Cổng không trả lời'));
  }, 20_000);
});
