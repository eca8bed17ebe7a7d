import type { authCalls } from '../../../shared/contract/auth';
import type { GroupHandlers } from './group-handlers';
import type { SessionManager } from './session-manager';
import type { SignInService } from './sign-in-service';

/** The auth.* calls, one line each: the service does the work. */
export function authHandlers(service: SignInService, sessions: SessionManager): GroupHandlers<typeof authCalls> {
  return {
    'auth.signIn': ({ officerId, password }) => service.signIn(officerId, password),
    'auth.signOut': () => service.signOut(),
    'auth.lock': () => service.lock(),
    'auth.unlock': ({ password }) => service.unlock(password),
    'auth.session': () => sessions.state(),
  };
}
