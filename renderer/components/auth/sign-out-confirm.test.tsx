import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ok } from '../../../shared/contract';
import { installFakeDesk } from '../../test/fake-desk';
import { syncStatus } from '../../test/sync-fixtures';
import { renderApp } from '../../test/render-app';

const signedOut = { session: null, locked: false, verifiedBy: null, lockAfterMinutes: 5 };

function desk(waiting: number) {
  return installFakeDesk({ answers: {
    'sync.status': () => ok(syncStatus({ waiting })),
    'auth.signOut': () => ok(signedOut),
  } });
}

describe('signing out', () => {
  it('asks first while actions wait; staying keeps the session, confirming signs out', async () => {
    const fake = desk(2);
    renderApp();
    const user = userEvent.setup();
    await waitFor(() => expect(fake.calls.some((c) => c.name === 'sync.status')).toBe(true));
    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));
    const dialog = await screen.findByTestId('sign-out-confirm');
    expect(dialog.textContent).toContain('2 thao tác đang chờ gửi lên Cổng');
    await user.click(within(dialog).getByRole('button', { name: 'Ở lại' }));
    expect(screen.queryByTestId('sign-out-confirm')).toBeNull();
    expect(fake.calls.some((c) => c.name === 'auth.signOut')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    await user.click(within(await screen.findByTestId('sign-out-confirm')).getByRole('button', { name: 'Vẫn đăng xuất' }));
    await waitFor(() => expect(fake.calls.some((c) => c.name === 'auth.signOut')).toBe(true));
  }, 30_000);

  it('signs out at once when nothing is owed to the portal', async () => {
    const fake = desk(0);
    renderApp();
    const user = userEvent.setup();
    await waitFor(() => expect(fake.calls.some((c) => c.name === 'sync.status')).toBe(true));
    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));
    await waitFor(() => expect(fake.calls.some((c) => c.name === 'auth.signOut')).toBe(true));
    expect(screen.queryByTestId('sign-out-confirm')).toBeNull();
  }, 30_000);
});
