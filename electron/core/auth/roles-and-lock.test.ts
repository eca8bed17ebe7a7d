import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { authCalls } from '../../../shared/contract/auth';
import { privacyCalls } from '../../../shared/contract/privacy';
import { calls, callNames, type CallSpec, type Role, type Session } from '../../../shared/contract';
import type * as Contract from '../../../shared/contract';
import { createDispatcher } from '../api/dispatch';
import type { Handlers } from '../api/handlers/handler-types';
import { silentLogger } from '../log/logger';
import { callPolicy } from '../../../shared/contract/policy';
import { guardLocked } from '../api/lock-guard';

// Inputs accept anything here, so every call reaches the role check whatever its input
// shape; the roles themselves are the contract's own.
vi.mock('../../../shared/contract', async (importOriginal) => {
  const original = await importOriginal<typeof Contract>();
  const permissive = Object.fromEntries(Object.entries(original.calls).map(([name, spec]) => [name, { ...spec, input: z.unknown() }]));
  return { ...original, calls: permissive };
});
import { createSessionManager } from './session-manager';

const ROLES: readonly Role[] = ['officer', 'supervisor', 'admin'];
const trusted = { trusted: true };
const asSession = (role: Role): Session => ({ officerId: `x-${role}`, displayName: role, roles: [role] });
const specOf = (name: string): CallSpec => (calls as Record<string, CallSpec>)[name] as CallSpec;

function dispatcherWith(session: () => Session | null) {
  const reached: string[] = [];
  const handlers = Object.fromEntries(callNames.map((name) => [name, () => { reached.push(name); return {}; }])) as unknown as Handlers;
  return { dispatch: createDispatcher({ handlers, session, logger: silentLogger() }), reached };
}

describe('roles are enforced in the main process for every call in the contract', () => {
  it('covers a contract with privileged calls', () => {
    expect(callNames.filter((name) => specOf(name).roles !== 'anyone').length).toBeGreaterThan(5);
  });

  it.each([...ROLES.map((r) => [r] as const), [null] as const])('role %s: refused exactly when the call does not admit it', async (role) => {
    const session = role ? asSession(role) : null;
    const { dispatch, reached } = dispatcherWith(() => session);
    for (const name of callNames) {
      const audience = specOf(name).roles;
      const admitted = audience === 'anyone' || (role !== null && audience.includes(role));
      const result = await dispatch(name, {}, trusted);
      const refusal = result.ok ? null : result.error.code;
      if (admitted) {
        expect(reached, name).toContain(name);
        expect(['FORBIDDEN_ROLE', 'UNAUTHENTICATED']).not.toContain(refusal);
      } else {
        expect(reached, name).not.toContain(name);
        expect(refusal, name).toBe(role ? 'FORBIDDEN_ROLE' : 'UNAUTHENTICATED');
      }
    }
  });

  it('declares the auth and privacy calls with the intended audiences', () => {
    expect(authCalls['auth.signIn'].roles).toBe('anyone');
    expect(authCalls['auth.unlock'].roles).toBe('anyone');
    expect(authCalls['auth.session'].roles).toBe('anyone');
    expect(authCalls['auth.lock'].roles).toEqual(['officer', 'supervisor', 'admin']);
    expect(privacyCalls['citizen.reveal'].roles).toEqual(['officer', 'supervisor']);
    expect(privacyCalls['citizen.reveal'].input.safeParse({ ref: 1, reason: 'abc' }).success).toBe(false);
  });
});

describe('session lock', () => {
  function locked() {
    let clock = new Date('2026-11-27T02:00:00.000Z');
    const record = vi.fn();
    const sessions = createSessionManager({ now: () => clock, lockAfterMinutes: 5, record });
    sessions.start({ session: asSession('officer'), login: 'canbo01', verifiedBy: 'portal', portalToken: 't' });
    const { dispatch, reached } = dispatcherWith(() => sessions.current());
    return { sessions, record, reached, dispatch: guardLocked(dispatch, sessions), advance: (ms: number) => void (clock = new Date(clock.getTime() + ms)) };
  }

  it('locks after the configured inactivity, checked at the next call, with an injected clock', async () => {
    const t = locked();
    t.advance(4 * 60_000);
    await t.dispatch('lookup.search', {}, trusted);
    expect(t.reached).toEqual(['lookup.search']);
    t.advance(4 * 60_000); // activity above restarted the clock
    expect(t.sessions.checkIdle()).toBe(false);
    t.advance(60_000);
    await expect(t.dispatch('lookup.search', {}, trusted)).resolves.toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(t.record).toHaveBeenCalledWith({ officerId: 'x-officer', action: 'session_locked', detail: { reason: 'idle' } });
  });

  it('polling the session state does not count as activity', async () => {
    const t = locked();
    for (let i = 0; i < 10; i += 1) {
      t.advance(60_000);
      await t.dispatch('app.status', {}, trusted);
    }
    expect(t.sessions.locked).toBe(true);
  });

  it('while locked only the lock screen\'s calls pass; everything else answers LOCKED', async () => {
    const t = locked();
    t.sessions.lockNow('os-lock');
    for (const name of callNames) {
      const result = await t.dispatch(name, {}, trusted);
      if (callPolicy[name].whileLocked !== true) expect(result, name).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
    expect(t.reached.every((name) => callPolicy[name as keyof typeof callPolicy].whileLocked === true)).toBe(true);
    expect(t.reached).toEqual(expect.arrayContaining(['app.info', 'app.status', 'prefs.get']));
    expect(t.sessions.signedIn()).toMatchObject({ officerId: 'x-officer' });
    expect(t.sessions.portalToken()).toBe('t');
  });

  it('a foreign frame is still refused as such while locked', async () => {
    const t = locked();
    t.sessions.lockNow('suspend');
    await expect(t.dispatch('app.info', {}, { trusted: false })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });
});
