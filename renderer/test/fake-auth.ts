import { fail, ok, type Result, type Role, type SessionState } from '../../shared/contract';
import type { FakeAnswers, FakeEmit } from './fake-desk';

const PASSWORD = 'taphuan@2024';
const NAMES: Record<string, { name: string; roles: Role[] }> = {
  canbo01: { name: 'Nguyễn Văn An', roles: ['officer'] },
  giamsat01: { name: 'Trần Thị Bình', roles: ['supervisor'] },
};

/**
 * A tiny auth core for component tests: one password, named accounts, lock/unlock,
 * pushing session.changed like the real one. `start` is the state before any call.
 */
export function fakeAuth(start: SessionState) {
  let state = start;
  const set = (next: SessionState, emit: FakeEmit): Result<SessionState> => {
    state = next;
    emit('session.changed', state);
    return ok(state);
  };
  const answers: FakeAnswers = {
    'auth.session': () => ok(state),
    'auth.signIn': ({ officerId, password }, emit) => {
      const account = NAMES[officerId];
      if (!account || password !== PASSWORD) return fail('UNAUTHENTICATED', 'wrong', { failures: 1, retryAfterSeconds: 0 });
      return set({ ...state, session: { officerId, displayName: account.name, roles: account.roles }, locked: false, verifiedBy: 'portal' }, emit);
    },
    'auth.signOut': (_input, emit) => set({ ...state, session: null, locked: false, verifiedBy: null }, emit),
    'auth.lock': (_input, emit) => set({ ...state, locked: true }, emit),
    'auth.unlock': ({ password }, emit) =>
      password === PASSWORD ? set({ ...state, locked: false }, emit) : fail('UNAUTHENTICATED', 'wrong', { failures: 1 }),
  };
  return { answers, get state() { return state; } };
}

export const signedInAs = (officerId: string, extra: Partial<SessionState> = {}): SessionState => {
  const account = NAMES[officerId] ?? { name: officerId, roles: ['officer'] };
  return { session: { officerId, displayName: account.name, roles: account.roles }, locked: false, verifiedBy: 'portal', lockAfterMinutes: 5, ...extra };
};
