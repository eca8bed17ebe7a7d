import type { SessionState } from '../../../shared/contract/auth';
import type { Session } from '../../../shared/contract/roles';
import type { AuditEntry } from '../audit/audit-log';

export type LockReason = 'user' | 'idle' | 'os-lock' | 'suspend';
export type VerifiedBy = 'portal' | 'offline';

export interface SessionManagerOptions {
  readonly now: () => Date;
  readonly lockAfterMinutes: number;
  /** Writes an audit row (lock/unlock/sign-out); the sign-in service audits the rest. */
  readonly record?: (entry: AuditEntry) => void;
  /** Told after every change, e.g. to push a session event to the renderer. */
  readonly onChange?: (state: SessionState) => void;
}

interface Signed {
  readonly session: Session;
  readonly login: string;
  readonly verifiedBy: VerifiedBy;
  readonly portalToken: string | null;
}

/**
 * Who is signed in on this PC and whether the screen is locked. `current()` is what the
 * dispatcher checks roles against: null while locked, so nothing privileged passes.
 * Locking never touches the outbox: queued actions keep draining with the portal token.
 */
export function createSessionManager(options: SessionManagerOptions) {
  const { now, record, onChange } = options;
  const idleMs = options.lockAfterMinutes * 60_000;
  let signed: Signed | null = null;
  let locked = false;
  let lastActivity = now().getTime();

  const state = (): SessionState => ({
    session: signed?.session ?? null,
    locked,
    verifiedBy: signed?.verifiedBy ?? null,
    lockAfterMinutes: options.lockAfterMinutes,
  });
  const changed = () => onChange?.(state());

  const manager = {
    state,
    /** The session for role checks: null when nobody is signed in or the screen is locked. */
    current: (): Session | null => (locked ? null : (signed?.session ?? null)),
    /** The signed-in officer even while locked (unlock, outbox, audit attribution). */
    signedIn: (): Session | null => signed?.session ?? null,
    login: (): string | null => signed?.login ?? null,
    get locked(): boolean {
      return locked;
    },
    /** The portal token for sync; kept while locked, dropped on sign-out. Null after an offline sign-in. */
    portalToken: (): string | null => signed?.portalToken ?? null,
    start(next: Signed): void {
      signed = next;
      locked = false;
      lastActivity = now().getTime();
      changed();
    },
    end(): void {
      if (!signed) return;
      record?.({ officerId: signed.session.officerId, action: 'sign_out' });
      signed = null;
      locked = false;
      changed();
    },
    lockNow(reason: LockReason): void {
      if (!signed || locked) return;
      locked = true;
      record?.({ officerId: signed.session.officerId, action: 'session_locked', detail: { reason } });
      changed();
    },
    /** Called by the sign-in service once the password was checked. */
    unlockVerified(): void {
      if (!signed || !locked) return;
      locked = false;
      lastActivity = now().getTime();
      record?.({ officerId: signed.session.officerId, action: 'session_unlocked' });
      changed();
    },
    /** The officer did something: restart the inactivity clock. */
    touch(): void {
      if (!locked) lastActivity = now().getTime();
    },
    /** Locks when the officer has been idle too long; returns whether the session is locked now. */
    checkIdle(): boolean {
      if (signed && !locked && now().getTime() - lastActivity >= idleMs) manager.lockNow('idle');
      return locked;
    },
    /** Checks idleness periodically so the lock shows without waiting for the next call. */
    startIdleTimer(intervalMs = 15_000): () => void {
      const timer = setInterval(() => manager.checkIdle(), intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
  return manager;
}
export type SessionManager = ReturnType<typeof createSessionManager>;
