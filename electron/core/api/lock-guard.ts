import { fail, isCallName } from '../../../shared/contract';
import { callPolicy } from '../../../shared/contract/policy';
import type { Dispatch } from './dispatch';
import type { SessionManager } from '../auth/session-manager';

/**
 * Wraps the dispatcher: checks inactivity, answers LOCKED for everything but the lock
 * screen's calls while locked, and counts every other trusted call as activity. Unknown
 * calls and foreign frames pass straight to the dispatcher, which refuses them itself.
 */
export function guardLocked(inner: Dispatch, sessions: SessionManager): Dispatch {
  return (name, input, sender) => {
    if (sender.trusted && isCallName(name)) {
      const locked = sessions.checkIdle();
      if (locked && callPolicy[name].whileLocked !== true) {
        return Promise.resolve(fail('LOCKED', 'The session is locked; enter your password to continue.'));
      }
      if (callPolicy[name].passive !== true) sessions.touch();
    }
    return inner(name, input, sender);
  };
}
