import { fail, isCallName } from '../../../shared/contract';
import type { Dispatch } from './dispatch';
import type { SessionManager } from '../auth/session-manager';

/** Calls a locked screen may still make: unlock, switch officer, and what the lock screen shows. */
export const CALLS_WHILE_LOCKED: ReadonlySet<string> = new Set([
  'auth.unlock', 'auth.session', 'auth.signIn', 'auth.signOut', 'app.status', 'app.info', 'prefs.get', 'sync.status',
]);

/** Calls a screen makes on its own (polling, lock screen); they do not count as activity. */
const PASSIVE_CALLS: ReadonlySet<string> = new Set(['auth.session', 'app.status', 'app.info', 'prefs.get', 'sync.status']);

/**
 * Wraps the dispatcher: checks inactivity, answers LOCKED for everything but the lock
 * screen's calls while locked, and counts every other trusted call as activity. Unknown
 * calls and foreign frames pass straight to the dispatcher, which refuses them itself.
 */
export function guardLocked(inner: Dispatch, sessions: SessionManager): Dispatch {
  return (name, input, sender) => {
    if (sender.trusted && isCallName(name)) {
      const locked = sessions.checkIdle();
      if (locked && !CALLS_WHILE_LOCKED.has(name)) {
        return Promise.resolve(fail('LOCKED', 'The session is locked; enter your password to continue.'));
      }
      if (!PASSIVE_CALLS.has(name)) sessions.touch();
    }
    return inner(name, input, sender);
  };
}
