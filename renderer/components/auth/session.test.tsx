import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail, ok } from '../../../shared/contract';
import { installFakeDesk, sampleInfo } from '../../test/fake-desk';
import { renderApp } from '../../test/render-app';
import { fakeAuth, signedInAs } from '../../test/fake-auth';

const signedOut = { session: null, locked: false, verifiedBy: null, lockAfterMinutes: 5 };

async function fillSignIn(officerId: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Mã cán bộ'), officerId);
  await user.type(screen.getByLabelText('Mật khẩu'), password);
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
  return user;
}

describe('sign-in screen', () => {
  it('shows instead of the app while signed out, with the training accounts, and signs in', async () => {
    const auth = fakeAuth(signedOut);
    const desk = installFakeDesk({ answers: auth.answers });
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(await screen.findByTestId('training-accounts')).toBeTruthy();
    expect(screen.getByLabelText('Mật khẩu').getAttribute('type')).toBe('password');

    await fillSignIn('canbo01', 'taphuan@2024');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeTruthy();
    expect(screen.getByTestId('session-officer').textContent).toBe('Cán bộ: Nguyễn Văn An');
    expect(desk.calls.find((c) => c.name === 'auth.signIn')?.input).toEqual({ officerId: 'canbo01', password: 'taphuan@2024' });
  });

  it('says which field is missing without calling the core', async () => {
    const desk = installFakeDesk({ answers: fakeAuth(signedOut).answers });
    renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Đăng nhập' }));
    const officer = screen.getByLabelText('Mã cán bộ');
    expect(officer.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Vui lòng nhập mã cán bộ.').id).toBeTruthy();
    expect(officer.getAttribute('aria-describedby')).toContain(screen.getByText('Vui lòng nhập mã cán bộ.').id);
    expect(desk.calls.some((c) => c.name === 'auth.signIn')).toBe(false);
  });

  it('explains a wrong password with the number of failures, linked to the password field', async () => {
    const desk = installFakeDesk({
      answers: { ...fakeAuth(signedOut).answers, 'auth.signIn': () => fail('UNAUTHENTICATED', 'wrong', { failures: 3, retryAfterSeconds: 0 }) },
    });
    renderApp();
    await fillSignIn('canbo01', 'sai');
    const message = await screen.findByText('Mã cán bộ hoặc mật khẩu không đúng (sai 3 lần).');
    const password = screen.getByLabelText<HTMLInputElement>('Mật khẩu');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.value).toBe('');
    const describedBy = password.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').some((id) => document.getElementById(id)?.contains(message))).toBe(true);
    // The field stays marked invalid, yet a second try is submitted (no native validation block).
    const user = userEvent.setup();
    await user.type(password, 'sai-nua');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await waitFor(() => expect(desk.calls.filter((c) => c.name === 'auth.signIn')).toHaveLength(2));
  });

  it('counts down a THROTTLED wait', async () => {
    installFakeDesk({ answers: { ...fakeAuth(signedOut).answers, 'auth.signIn': () => fail('THROTTLED', 'wait', { retryAfterSeconds: 2 }) } });
    renderApp();
    await fillSignIn('canbo01', 'sai');
    expect((await screen.findByTestId('sign-in-problem')).textContent).toBe('Nhập sai quá nhiều lần. Thử lại sau 2 giây.');
    await waitFor(() => expect(screen.getByTestId('sign-in-problem').textContent).toBe('Nhập sai quá nhiều lần. Thử lại sau 1 giây.'), { timeout: 3000 });
    await waitFor(() => expect(screen.getByTestId('sign-in-problem').textContent).toBe('Bạn có thể thử đăng nhập lại.'), { timeout: 3000 });
  });

  it('explains that offline sign-in needs a recent sign-in on this PC', async () => {
    installFakeDesk({ answers: { ...fakeAuth(signedOut).answers, 'auth.signIn': () => fail('OFFLINE', 'no verifier') } });
    renderApp();
    await fillSignIn('canbo02', 'taphuan@2024');
    expect((await screen.findByTestId('sign-in-problem')).textContent).toContain('Chỉ đăng nhập ngoại tuyến được với cán bộ đã đăng nhập trên máy này');
  });

  it('notes an offline sign-in in the header', async () => {
    const state = signedInAs('canbo01', { verifiedBy: 'offline' });
    installFakeDesk({ answers: { ...fakeAuth(signedOut).answers, 'auth.signIn': () => ok(state) } });
    renderApp();
    await fillSignIn('canbo01', 'taphuan@2024');
    expect((await screen.findByTestId('offline-sign-in-note')).textContent).toBe(
      'Đã đăng nhập ngoại tuyến; các thao tác sẽ được gửi khi Cổng kết nối lại.',
    );
  });
});

describe('lock screen', () => {
  it('locks from the header, explains the queue keeps going, rejects a wrong password and unlocks', async () => {
    const auth = fakeAuth(signedInAs('canbo01'));
    const desk = installFakeDesk({ answers: auth.answers });
    renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Khóa màn hình' }));
    const lock = await screen.findByTestId('lock-screen');
    expect(within(lock).getByText('Phiên của Nguyễn Văn An đang khóa.')).toBeTruthy();
    expect(within(lock).getByText(/vẫn tiếp tục được gửi lên Cổng/)).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).toBeNull();

    await user.type(screen.getByLabelText('Mật khẩu'), 'sai');
    await user.click(screen.getByRole('button', { name: 'Mở khóa' }));
    expect(await screen.findByText('Mật khẩu không đúng.')).toBeTruthy();

    await user.type(screen.getByLabelText('Mật khẩu'), 'taphuan@2024');
    await user.click(screen.getByRole('button', { name: 'Mở khóa' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeTruthy();
    expect(desk.calls.filter((c) => c.name === 'auth.unlock')).toHaveLength(2);
  });

  it('shows when the core pushes a lock, and offers signing in as another officer', async () => {
    const auth = fakeAuth(signedInAs('canbo01'));
    const desk = installFakeDesk({ answers: auth.answers });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' });
    act(() => desk.emit('session.changed', signedInAs('canbo01', { locked: true })));
    expect(await screen.findByTestId('lock-screen')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Đăng nhập bằng cán bộ khác' }));
    await fillSignIn('giamsat01', 'taphuan@2024');
    expect(await screen.findByText('Cán bộ: Trần Thị Bình')).toBeTruthy();
  });

  it('asks the core again when any call answers LOCKED', async () => {
    let locked = false;
    installFakeDesk({
      answers: {
        'auth.session': () => ok(signedInAs('canbo01', { locked })),
        'app.info': () => (locked ? fail('LOCKED', 'locked') : ok({ ...sampleInfo, mode: 'production' })),
      },
      failing: {},
    });
    locked = true;
    renderApp();
    expect(await screen.findByTestId('lock-screen')).toBeTruthy();
  });
});

describe('sign out', () => {
  it('returns to the sign-in screen and clears every cached answer', async () => {
    const auth = fakeAuth(signedInAs('canbo01'));
    const desk = installFakeDesk({ answers: auth.answers });
    renderApp();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Cài đặt' }));
    expect(await screen.findByTestId('app-info')).toBeTruthy();
    const infoCallsBefore = desk.calls.filter((c) => c.name === 'app.info').length;
    await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
    expect(screen.queryByTestId('app-info')).toBeNull();
    // Cache cleared: the sign-in screen asks app.info afresh for the training hint.
    await waitFor(() => expect(desk.calls.filter((c) => c.name === 'app.info').length).toBeGreaterThan(infoCallsBefore));
    expect(auth.state.session).toBeNull();
  });
});
