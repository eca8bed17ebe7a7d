import type { authCalls } from '../../../../shared/contract/auth';
import type { SessionManager } from '../../auth/session-manager';
import type { SignInService } from '../../auth/sign-in-service';
import type { FeatureHandlers } from './handler-types';

export function authHandlers(service: SignInService, sessions: SessionManager): FeatureHandlers<typeof authCalls> {
  return {
    'auth.signIn': ({ officerId, password }) => service.signIn(officerId, password),
    'auth.signOut': () => service.signOut(),
    'auth.lock': () => service.lock(),
    'auth.unlock': ({ password }) => service.unlock(password),
    'auth.session': () => sessions.state(),
  };
}
