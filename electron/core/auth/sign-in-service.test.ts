import { describe, expect, it } from 'vitest';
import type { PortalSession } from '../../../shared/portal/results';
import { createAuditLog } from '../audit/audit-log';
import { memoryDeskDb } from '../audit/test-db';
import { verifyAuditChain } from '../audit/verify';
import type { PortalError, PortalResult } from '../portal/errors';
import { signInDelaySeconds } from './backoff';
import { createCredentialStore } from '../db/auth/credential-store';
import { checkVerifier, makeVerifier } from './password-verifier';
import { createSessionManager } from './session-manager';
import { createSignInService } from './sign-in-service';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASSWORD = 'Mật-khẩu-đúng-1';

const REAL_PORTAL = 'https://dvc.example.gov.vn';

function setup(options: { portalOrigin?: string; minimumScryptN?: number; db?: ReturnType<typeof memoryDeskDb> } = {}) {
  let clock = new Date('2026-11-27T02:00:00.000Z');
  const now = () => clock;
  const db = options.db ?? memoryDeskDb();
  const audit = createAuditLog(db, now);
  const sessions = createSessionManager({ now, lockAfterMinutes: 5, record: (e) => audit.append(e) });
  let outage: PortalError | null = null;
  const logins: string[] = [];
  const portal = {
    login(username: string, password: string): Promise<PortalResult<PortalSession>> {
      logins.push(username);
      if (outage) return Promise.resolve({ ok: false, error: outage });
      if (username === 'canbo01' && password === PASSWORD) {
        return Promise.resolve({ ok: true, value: { token: 'token-0123456789abcdef', expiresAt: '2026-11-27T10:00:00.000Z', officer: { id: 'CB01', name: 'Nguyễn Văn An', role: 'officer', unit: 'H15' } } });
      }
      return Promise.resolve({ ok: false, error: { kind: 'unauthorized', message: 'wrong', reason: null } });
    },
  };
  const remembered: string[] = [];
  const service = createSignInService({
    db, audit, credentials: createCredentialStore(db, signInDelaySeconds), sessions, portal, now, offlineSignInDays: 7, scryptCost: FAST,
    portalOrigin: options.portalOrigin ?? REAL_PORTAL, minimumScryptN: 'minimumScryptN' in options ? options.minimumScryptN : FAST.N,
    rememberToken: (officerId, token) => void remembered.push(`${officerId}:${token}`),
  });
  const actions = () => (db.prepare('SELECT action FROM audit ORDER BY seq').all() as { action: string }[]).map((r) => r.action);
  return {
    db, service, sessions, actions, logins, remembered,
    advance: (ms: number) => void (clock = new Date(clock.getTime() + ms)),
    portalDown: (error: PortalError | null) => void (outage = error),
  };
}

describe('password verifier', () => {
  it('accepts the password and nothing else; a fresh salt each time', async () => {
    const v = await makeVerifier(PASSWORD, FAST);
    expect(v).not.toContain(PASSWORD);
    await expect(checkVerifier(PASSWORD, v, FAST.N)).resolves.toBe(true);
    await expect(checkVerifier('mật-khẩu-sai', v, FAST.N)).resolves.toBe(false);
    expect(await makeVerifier(PASSWORD, FAST)).not.toBe(v);
  });

  it('defaults to N = 2^17, r = 8, p = 1', async () => {
    expect((await makeVerifier('x')).split('$').slice(0, 4)).toEqual(['scrypt', '131072', '8', '1']);
  });

  it('refuses a verifier below N = 2^17 even with the right password', async () => {
    const cheap = await makeVerifier(PASSWORD, { N: 2 ** 16, r: 8, p: 1 });
    await expect(checkVerifier(PASSWORD, cheap)).resolves.toBe(false);
    await expect(checkVerifier(PASSWORD, cheap, 2 ** 16)).resolves.toBe(true);
  });
});

describe('sign-in back-off schedule', () => {
  it('is 0, 0, 1, 2, 4, 8 … seconds, capped at five minutes', () => {
    expect([1, 2, 3, 4, 5, 6].map(signInDelaySeconds)).toEqual([0, 0, 1, 2, 4, 8]);
    expect(signInDelaySeconds(40)).toBe(300);
  });
});

describe('sign-in service', () => {
  it('signs in through the portal with the portal roles and audits it', async () => {
    const t = setup();
    const state = await t.service.signIn('canbo01', PASSWORD);
    expect(state).toEqual({ session: { officerId: 'CB01', displayName: 'Nguyễn Văn An', roles: ['officer'] }, locked: false, verifiedBy: 'portal', lockAfterMinutes: 5 });
    expect(t.sessions.portalToken()).toBe('token-0123456789abcdef');
    expect(t.remembered).toEqual(['CB01:token-0123456789abcdef']);
    expect(t.actions()).toEqual(['sign_in']);
  });

  it('signs in offline with the stored verifier only while the portal is unreachable and within the allowed days', async () => {
    const t = setup();
    await t.service.signIn('canbo01', PASSWORD);
    t.service.signOut();
    t.portalDown({ kind: 'offline', message: 'down', cause: null });
    await expect(t.service.signIn('canbo01', PASSWORD)).resolves.toMatchObject({ verifiedBy: 'offline', session: { officerId: 'CB01', roles: ['officer'] } });
    expect(t.sessions.portalToken()).toBeNull();
    await expect(t.service.signIn('canbo01', 'wrong password')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(t.service.signIn('someone', PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    t.advance(8 * 86_400_000);
    await expect(t.service.signIn('canbo01', PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('gives one answer offline for a wrong password and for a login with no offline sign-in here', async () => {
    const t = setup();
    await t.service.signIn('canbo01', PASSWORD);
    t.service.signOut();
    t.portalDown({ kind: 'offline', message: 'down', cause: null });
    const wrong = await t.service.signIn('canbo01', 'wrong password').catch((e: unknown) => e);
    const unknown = await t.service.signIn('giamsat01', PASSWORD).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', details: { failures: 1 } });
    expect(unknown).toMatchObject({ code: 'UNAUTHENTICATED', details: { failures: 1 } });
    expect((unknown as Error).message).toBe((wrong as Error).message);
  });

  it('forgets the offline verifier when the portal says the password is wrong', async () => {
    const t = setup();
    await t.service.signIn('canbo01', PASSWORD);
    t.service.signOut();
    t.portalDown({ kind: 'unauthorized', message: 'wrong', reason: null });
    await expect(t.service.signIn('canbo01', PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    t.advance(10_000);
    t.portalDown({ kind: 'offline', message: 'down', cause: null });
    await expect(t.service.signIn('canbo01', PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(t.sessions.signedIn()).toBeNull();
  });

  it('requires an online sign-in after repeated wrong passwords offline', async () => {
    const t = setup();
    await t.service.signIn('canbo01', PASSWORD);
    t.service.signOut();
    t.portalDown({ kind: 'offline', message: 'down', cause: null });
    for (let i = 0; i < 5; i += 1) {
      await expect(t.service.signIn('canbo01', `guess ${i}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      t.advance(600_000);
    }
    await expect(t.service.signIn('canbo01', PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    t.advance(600_000);
    t.portalDown(null);
    await expect(t.service.signIn('canbo01', PASSWORD)).resolves.toMatchObject({ verifiedBy: 'portal' });
  });

  it('refuses offline sign-in with a verifier stored for another portal', async () => {
    const db = memoryDeskDb();
    const fake = setup({ db, portalOrigin: 'https://fake-portal.example' });
    await fake.service.signIn('canbo01', PASSWORD);
    fake.service.signOut();
    const real = setup({ db });
    real.portalDown({ kind: 'offline', message: 'down', cause: null });
    await expect(real.service.signIn('canbo01', PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    fake.portalDown({ kind: 'offline', message: 'down', cause: null });
    await expect(fake.service.signIn('canbo01', PASSWORD)).resolves.toMatchObject({ verifiedBy: 'offline' });
  });

  it('refuses offline sign-in with a stored verifier below the cost floor', async () => {
    const t = setup({ minimumScryptN: undefined });
    await t.service.signIn('canbo01', PASSWORD);
    t.service.signOut();
    t.portalDown({ kind: 'offline', message: 'down', cause: null });
    await expect(t.service.signIn('canbo01', PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('never falls back to the verifier when the portal says the password is wrong', async () => {
    const t = setup();
    await t.service.signIn('canbo01', PASSWORD);
    // The password changed on the portal: the old one must not work here any more.
    t.portalDown({ kind: 'unauthorized', message: 'wrong', reason: null });
    await expect(t.service.signIn('canbo01', PASSWORD)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('slows down repeated wrong passwords, refuses during the delay with the seconds left, and audits each failure', async () => {
    const t = setup();
    await expect(t.service.signIn('canbo01', 'x1')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', details: { retryAfterSeconds: 0 } });
    await expect(t.service.signIn('canbo01', 'x2')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', details: { retryAfterSeconds: 0 } });
    await expect(t.service.signIn('canbo01', 'x3')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', details: { retryAfterSeconds: 1 } });
    await expect(t.service.signIn('canbo01', 'x4')).rejects.toMatchObject({ code: 'THROTTLED', details: { retryAfterSeconds: 1 } });
    expect(t.logins).toHaveLength(3);
    t.advance(1000);
    await expect(t.service.signIn('canbo01', 'x5')).rejects.toMatchObject({ details: { retryAfterSeconds: 2 } });
    t.advance(2000);
    await expect(t.service.signIn('canbo01', PASSWORD)).resolves.toMatchObject({ verifiedBy: 'portal' });
    await expect(t.service.signIn('canbo01', 'x6')).rejects.toMatchObject({ details: { failures: 1, retryAfterSeconds: 0 } });
    expect(t.actions()).toEqual(['sign_in_failed', 'sign_in_failed', 'sign_in_failed', 'sign_in_failed', 'sign_in_failed', 'sign_in', 'sign_in_failed']);
    expect(verifyAuditChain(t.db).ok).toBe(true);
  });

  it('parallel guesses cannot skip the delay', async () => {
    const t = setup();
    await Promise.allSettled([t.service.signIn('canbo01', 'a'), t.service.signIn('canbo01', 'b')]);
    const results = await Promise.allSettled([t.service.signIn('canbo01', 'c'), t.service.signIn('canbo01', 'd')]);
    expect(results.map((r) => r.status === 'rejected' && (r.reason as { code: string }).code)).toEqual(['UNAUTHENTICATED', 'THROTTLED']);
  });

  it('unlock needs the signed-in officer\'s password; the session and token survive the lock', async () => {
    const t = setup();
    await t.service.signIn('canbo01', PASSWORD);
    expect(t.service.lock()).toMatchObject({ locked: true });
    expect(t.sessions.current()).toBeNull();
    expect(t.sessions.portalToken()).toBe('token-0123456789abcdef');
    await expect(t.service.unlock('wrong')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(t.sessions.locked).toBe(true);
    await expect(t.service.unlock(PASSWORD)).resolves.toMatchObject({ locked: false, session: { officerId: 'CB01' } });
    expect(t.actions()).toEqual(['sign_in', 'session_locked', 'sign_in_failed', 'session_unlocked']);
  });

  it('unlocks a session begun without a password here (training) by asking the portal, then keeps the verifier', async () => {
    const t = setup();
    t.sessions.start({ session: { officerId: 'CB01', displayName: 'Nguyễn Văn An', roles: ['officer'] }, login: 'canbo01', verifiedBy: 'portal', portalToken: null });
    t.service.lock();
    await expect(t.service.unlock('wrong')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(t.sessions.locked).toBe(true);
    await expect(t.service.unlock(PASSWORD)).resolves.toMatchObject({ locked: false, session: { officerId: 'CB01' } });
    // Next time the PC checks on its own, with the portal down.
    t.service.lock();
    t.portalDown({ kind: 'offline', message: 'down', cause: null });
    await expect(t.service.unlock(PASSWORD)).resolves.toMatchObject({ locked: false });
  });

  it('says the portal is needed when such a session cannot be checked offline', async () => {
    const t = setup();
    t.sessions.start({ session: { officerId: 'CB01', displayName: 'Nguyễn Văn An', roles: ['officer'] }, login: 'canbo01', verifiedBy: 'portal', portalToken: null });
    t.service.lock();
    t.portalDown({ kind: 'offline', message: 'down', cause: null });
    await expect(t.service.unlock(PASSWORD)).rejects.toMatchObject({ code: 'OFFLINE' });
    expect(t.sessions.locked).toBe(true);
  });

  it('sign-out forgets the session and the token', async () => {
    const t = setup();
    await t.service.signIn('canbo01', PASSWORD);
    expect(t.service.signOut()).toMatchObject({ session: null, locked: false, verifiedBy: null });
    expect(t.sessions.portalToken()).toBeNull();
    expect(t.actions()).toEqual(['sign_in', 'sign_out']);
  });
});
