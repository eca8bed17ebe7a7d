import type { SessionState } from '../../../shared/contract/auth';
import { DeskFailure } from '../../../shared/contract/errors';
import type { Role } from '../../../shared/contract/roles';
import type { PortalSession } from '../../../shared/portal/results';
import type { AuditLog } from '../audit/audit-log';
import type { Db } from '../db/connection';
import type { PortalResult } from '../portal/errors';
import type { CredentialStore } from '../db/auth/credential-store';
import { checkVerifier, DEFAULT_SCRYPT_COST, makeVerifier, MIN_SCRYPT_N, type ScryptCost } from './password-verifier';
import type { SessionManager } from './session-manager';

/** The one portal operation sign-in needs (PortalClient satisfies it). */
export interface AuthPortal {
  login(username: string, password: string): Promise<PortalResult<PortalSession>>;
}

export interface SignInServiceOptions {
  readonly db: Db;
  readonly audit: AuditLog;
  readonly credentials: CredentialStore;
  readonly sessions: SessionManager;
  readonly portal: AuthPortal;
  readonly now: () => Date;
  readonly offlineSignInDays: number;
  /** The portal this PC is configured for (portalOriginOf): verifiers of another never sign in. */
  readonly portalOrigin: string;
  readonly scryptCost?: ScryptCost;
  /** Stored verifiers below this scrypt N are refused (tests lower it with their cost). */
  readonly minimumScryptN?: number;
  /** Hands the portal token to the sync side (PortalConnection.remember). */
  readonly rememberToken?: (officerId: string, token: string, expiresAt: string) => void;
}

const DAY_MS = 86_400_000;
/** Wrong offline passwords in a row after which the verifier is dropped (an online sign-in is needed). */
export const MAX_OFFLINE_FAILURES = 5;
/** One answer offline, whether the password is wrong or this PC has no offline sign-in for the login. */
const OFFLINE_REFUSAL = 'The officer ID or password is wrong, or this officer cannot sign in offline on this PC while the portal is unreachable.';

/**
 * Sign-in, unlock and sign-out. The portal decides who may sign in; this PC keeps a
 * scrypt verifier so the same officer can sign in while the portal is unreachable
 * (offline, timeout, 5xx only — never when the portal said the password is wrong).
 * Wrong passwords back off per login name; every success and failure is audited.
 * Operations run one at a time so parallel guesses cannot skip the back-off.
 */
export function createSignInService(options: SignInServiceOptions) {
  const { db, audit, credentials, sessions, portal, now } = options;
  const cost = options.scryptCost ?? DEFAULT_SCRYPT_COST;
  const minimumN = options.minimumScryptN ?? MIN_SCRYPT_N;
  /** Checked against when there is no verifier, so both offline refusals take the same time. */
  let decoyVerifier: Promise<string> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  function refuseIfThrottled(login: string, during: 'sign_in' | 'unlock'): void {
    const wait = credentials.waitSeconds(login, now());
    if (wait <= 0) return;
    audit.append({ officerId: login, action: 'sign_in_failed', detail: { reason: 'throttled', during, retryAfterSeconds: wait } });
    throw new DeskFailure('THROTTLED', `Too many wrong passwords; try again in ${wait} s.`, { retryAfterSeconds: wait });
  }

  function wrongPassword(login: string, during: 'sign_in' | 'unlock', via: 'portal' | 'offline'): never {
    const { failures, delaySeconds } = db.transaction(() => {
      const counted = credentials.recordFailure(login, now());
      audit.append({ officerId: login, action: 'sign_in_failed', detail: { reason: 'wrong_password', during, via, ...counted } });
      return counted;
    })();
    throw new DeskFailure('UNAUTHENTICATED', 'The officer ID or password is wrong.', { failures, retryAfterSeconds: delaySeconds });
  }

  function succeed(login: string, officerId: string, displayName: string, roles: Role[], verifiedBy: 'portal' | 'offline', token: string | null): SessionState {
    const previous = sessions.signedIn();
    if (previous) sessions.end();
    db.transaction(() => {
      credentials.clearFailures(login);
      audit.append({ officerId, action: 'sign_in', detail: { verifiedBy, roles } });
    })();
    sessions.start({ session: { officerId, displayName, roles }, login, verifiedBy, portalToken: token });
    return sessions.state();
  }

  /** A usable offline verifier: same portal, not expired, at or above the cost floor (else null). */
  function offlineVerifier(login: string) {
    const stored = credentials.get(login);
    if (!stored || stored.portalOrigin !== options.portalOrigin || Date.parse(stored.expiresAt) <= now().getTime()) return null;
    return stored;
  }

  /** Offline refusals look alike; the audit keeps the real reason, and repeated ones drop the verifier. */
  function refuseOffline(login: string, during: 'sign_in' | 'unlock', reason: 'wrong_password' | 'no_offline_sign_in', portalError: string | null): never {
    const { failures, delaySeconds } = db.transaction(() => {
      const counted = credentials.recordFailure(login, now());
      const revoked = counted.failures >= MAX_OFFLINE_FAILURES && credentials.forget(login);
      audit.append({ officerId: login, action: 'sign_in_failed', detail: { reason, during, via: 'offline', ...counted, ...(revoked ? { offlineSignInRevoked: true } : {}) } });
      return counted;
    })();
    throw new DeskFailure('UNAUTHENTICATED', OFFLINE_REFUSAL, { failures, retryAfterSeconds: delaySeconds, ...(portalError ? { portalError } : {}) });
  }

  async function offlineSignIn(login: string, password: string, portalError: string): Promise<SessionState> {
    const stored = offlineVerifier(login);
    if (!stored) {
      decoyVerifier ??= makeVerifier('decoy', { ...cost, N: Math.max(cost.N, minimumN) });
      await checkVerifier(password, await decoyVerifier, minimumN);
      refuseOffline(login, 'sign_in', 'no_offline_sign_in', portalError);
    }
    if (!(await checkVerifier(password, stored.verifier, minimumN))) refuseOffline(login, 'sign_in', 'wrong_password', portalError);
    return succeed(login, stored.officerId, stored.displayName, [...stored.roles], 'offline', null);
  }

  /**
   * A session that began without a password typed here (training opens signed in) has no
   * verifier on this PC: the portal checks the password, and the verifier is kept for next time.
   */
  async function unlockThroughPortal(login: string, password: string): Promise<void> {
    const answer = await portal.login(login, password);
    const officerId = sessions.signedIn()?.officerId;
    if (answer.ok && answer.value.officer.id === officerId) {
      const { officer } = answer.value;
      const at = now();
      credentials.put({
        login, officerId: officer.id, displayName: officer.name, roles: [officer.role], verifier: await makeVerifier(password, cost),
        expiresAt: new Date(at.getTime() + options.offlineSignInDays * DAY_MS).toISOString(), portalOrigin: options.portalOrigin,
      }, at);
      return;
    }
    if (answer.ok || answer.error.kind === 'unauthorized' || answer.error.kind === 'invalid') wrongPassword(login, 'unlock', 'portal');
    throw new DeskFailure('OFFLINE', `This session has no password check on this PC yet and the portal cannot be reached (${answer.error.kind}); try again when it is back, or sign in as another officer.`, { portalError: answer.error.kind });
  }

  return {
    signIn: (login: string, password: string): Promise<SessionState> =>
      serial(async () => {
        refuseIfThrottled(login, 'sign_in');
        const answer = await portal.login(login, password);
        if (answer.ok) {
          const { officer, token, expiresAt } = answer.value;
          options.rememberToken?.(officer.id, token, expiresAt);
          const roles: Role[] = [officer.role];
          const verifier = await makeVerifier(password, cost);
          const at = now();
          credentials.put({
            login, officerId: officer.id, displayName: officer.name, roles, verifier,
            expiresAt: new Date(at.getTime() + options.offlineSignInDays * DAY_MS).toISOString(), portalOrigin: options.portalOrigin,
          }, at);
          return succeed(login, officer.id, officer.name, roles, 'portal', token);
        }
        const kind = answer.error.kind;
        // The portal's "wrong password" also ends this PC's offline sign-in with the old one.
        if (kind === 'unauthorized') credentials.forget(login);
        if (kind === 'unauthorized' || kind === 'invalid') wrongPassword(login, 'sign_in', 'portal');
        if (kind === 'offline' || kind === 'timeout' || kind === 'server') return offlineSignIn(login, password, kind);
        if (kind === 'rate_limited') {
          const retryAfterSeconds = Math.ceil(answer.error.retryAfterMs / 1000);
          throw new DeskFailure('THROTTLED', `The portal asks to wait ${retryAfterSeconds} s before signing in again.`, { retryAfterSeconds });
        }
        throw new DeskFailure('OFFLINE', `The portal gave an unexpected answer to sign-in (${kind}); try again later.`, { portalError: kind });
      }),

    unlock: (password: string): Promise<SessionState> =>
      serial(async () => {
        const login = sessions.login();
        if (!login) throw new DeskFailure('UNAUTHENTICATED', 'Nobody is signed in on this PC.');
        if (!sessions.locked) return sessions.state();
        refuseIfThrottled(login, 'unlock');
        const stored = offlineVerifier(login);
        if (stored) {
          if (!(await checkVerifier(password, stored.verifier, minimumN))) refuseOffline(login, 'unlock', 'wrong_password', null);
        } else await unlockThroughPortal(login, password);
        db.transaction(() => credentials.clearFailures(login))();
        sessions.unlockVerified();
        return sessions.state();
      }),

    signOut(): SessionState {
      sessions.end();
      return sessions.state();
    },

    lock(): SessionState {
      sessions.lockNow('user');
      return sessions.state();
    },
  };
}
export type SignInService = ReturnType<typeof createSignInService>;
