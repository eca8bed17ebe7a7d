import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail, ok } from '../../../shared/contract';
import { callPolicy } from '../../../shared/contract/policy';
import { searchResult } from '../../test/lookup-fixtures';
import { syncStatus } from '../../test/sync-fixtures';
import { installFakeDesk } from '../../test/fake-desk';
import { renderApp } from '../../test/render-app';
import { fakeAuth, signedInAs } from '../../test/fake-auth';

function setUp() {
  const auth = fakeAuth(signedInAs('canbo01'));
  const desk = installFakeDesk({ answers: { ...auth.answers, 'sync.status': () => ok(syncStatus()) } });
  window.location.hash = '#/intake';
  renderApp();
  return desk;
}

const nameField = () => screen.getByRole<HTMLInputElement>('textbox', { name: /Họ và tên/ });

describe('locking keeps the work underneath', () => {
  it('covers a half-typed intake, holds every call the lock does not allow, and gives the text and focus back on unlock', async () => {
    const desk = setUp();
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ mới' });
    await user.type(nameField(), 'Lê Thị Hoa');
    act(() => desk.emit('session.changed', signedInAs('canbo01', { locked: true })));

    const lock = await screen.findByTestId('lock-screen');
    const app = document.querySelector('.frame');
    expect(app?.closest('[inert]')).toBeTruthy();
    expect(lock.closest('[inert]')).toBeNull();
    // The form is still mounted under the lock screen, text and all.
    expect(nameField().value).toBe('Lê Thị Hoa');

    // Events that would refetch the screens underneath reach nothing but lock-screen calls.
    const before = desk.calls.length;
    act(() => desk.emit('data.changed', { dossierCodes: ['000.00.00.H00-261201-0001'] }));
    act(() => desk.emit('sync.status', syncStatus({ waiting: 2 })));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const whileLocked = desk.calls.slice(before).map((c) => c.name);
    expect(whileLocked.filter((name) => callPolicy[name].whileLocked !== true)).toEqual([]);

    await user.type(screen.getByLabelText('Mật khẩu'), 'taphuan@2024');
    await user.click(screen.getByRole('button', { name: 'Mở khóa' }));
    await waitFor(() => expect(screen.queryByTestId('lock-screen')).toBeNull());
    expect(app?.closest('[inert]')).toBeNull();
    expect(nameField().value).toBe('Lê Thị Hoa');
    await waitFor(() => expect(document.activeElement).toBe(nameField()));
  }, 30_000);

  it('a call made just as the lock came waits for the unlock instead of failing', async () => {
    let lockedNow = false;
    const auth = fakeAuth(signedInAs('canbo01'));
    const desk = installFakeDesk({
      answers: {
        ...auth.answers,
        'auth.session': () => ok(signedInAs('canbo01', { locked: lockedNow })),
        'auth.unlock': (input, emit) => {
          lockedNow = false;
          return auth.answers['auth.unlock']?.(input, emit) ?? fail('INTERNAL', 'the fake has no unlock');
        },
        'sync.status': () => ok(syncStatus()),
        'lookup.search': () => (lockedNow ? fail('LOCKED', 'locked') : ok(searchResult())),
      },
    });
    renderApp();
    const user = userEvent.setup();
    const box = await screen.findByRole('searchbox');
    lockedNow = true;
    await user.type(box, 'Nguyễn{Enter}');
    // The LOCKED answer makes the desk ask who is signed in, and the lock screen shows.
    expect(await screen.findByTestId('lock-screen')).toBeTruthy();
    const searches = () => desk.calls.filter((c) => c.name === 'lookup.search').length;
    const heldAt = searches();
    await user.type(screen.getByLabelText('Mật khẩu'), 'taphuan@2024');
    await user.click(screen.getByRole('button', { name: 'Mở khóa' }));
    await waitFor(() => expect(searches()).toBeGreaterThan(heldAt));
    // The search ran after the unlock and shows its (empty) answer, not a "locked" error.
    expect(await screen.findByText(/Không tìm thấy/)).toBeTruthy();
  }, 30_000);

  it('another officer signing in from the lock screen starts from a fresh screen, without the previous draft', async () => {
    const desk = setUp();
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ mới' });
    await user.type(nameField(), 'Lê Thị Hoa');
    act(() => desk.emit('session.changed', signedInAs('canbo01', { locked: true })));
    await user.click(await screen.findByRole('button', { name: 'Đăng nhập bằng cán bộ khác' }));
    await user.type(screen.getByLabelText('Mã cán bộ'), 'giamsat01');
    await user.type(screen.getByLabelText('Mật khẩu'), 'taphuan@2024');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Cán bộ: Trần Thị Bình')).toBeTruthy();
    expect(screen.queryByTestId('lock-screen')).toBeNull();
    expect(document.body.textContent).not.toContain('Lê Thị Hoa');
    expect([...document.querySelectorAll('input')].some((input) => input.value === 'Lê Thị Hoa')).toBe(false);
  }, 30_000);
});
