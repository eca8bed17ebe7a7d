import { z } from 'zod';
import { roleSchema, type Role } from '../../../../shared/contract/roles';
import type { Db } from '../connection';

export interface StoredCredential {
  readonly login: string;
  readonly officerId: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly verifier: string;
  readonly expiresAt: string;
  /** The portal that verified the password (null: stored before origins were kept). */
  readonly portalOrigin: string | null;
}

const rolesColumn = z.array(roleSchema).min(1);

/**
 * Offline verifiers and the per-login failure counter (tables from migration 0040).
 * `delayAfter` is the sign-in policy: seconds to wait after that many failures.
 */
export function createCredentialStore(db: Db, delayAfter: (failures: number) => number) {
  const get = db.prepare<
    [string],
    { login: string; officer_id: string; display_name: string; roles: string; verifier: string; expires_at: string; portal_origin: string | null }
  >('SELECT login, officer_id, display_name, roles, verifier, expires_at, portal_origin FROM officer_credential WHERE login = ?');
  const put = db.prepare(`
    INSERT INTO officer_credential (login, officer_id, display_name, roles, verifier, verified_at, expires_at, portal_origin)
    VALUES (@login, @officerId, @displayName, @roles, @verifier, @verifiedAt, @expiresAt, @portalOrigin)
    ON CONFLICT (login) DO UPDATE SET officer_id = excluded.officer_id, display_name = excluded.display_name,
      roles = excluded.roles, verifier = excluded.verifier, verified_at = excluded.verified_at, expires_at = excluded.expires_at,
      portal_origin = excluded.portal_origin`);
  const forget = db.prepare<[string]>('DELETE FROM officer_credential WHERE login = ?');
  const failure = db.prepare<[string], { failures: number; blocked_until: string }>('SELECT failures, blocked_until FROM sign_in_failure WHERE login = ?');
  const putFailure = db.prepare(`
    INSERT INTO sign_in_failure (login, failures, last_failed_at, blocked_until) VALUES (@login, @failures, @at, @blockedUntil)
    ON CONFLICT (login) DO UPDATE SET failures = excluded.failures, last_failed_at = excluded.last_failed_at, blocked_until = excluded.blocked_until`);
  const clearFailures = db.prepare('DELETE FROM sign_in_failure WHERE login = ?');

  return {
    get(login: string): StoredCredential | null {
      const row = get.get(login);
      if (!row) return null;
      const roles = rolesColumn.safeParse(JSON.parse(row.roles));
      if (!roles.success) return null;
      return {
        login: row.login, officerId: row.officer_id, displayName: row.display_name, roles: roles.data, verifier: row.verifier, expiresAt: row.expires_at,
        portalOrigin: row.portal_origin,
      };
    },
    put(credential: StoredCredential, verifiedAt: Date): void {
      put.run({ ...credential, roles: JSON.stringify(credential.roles), verifiedAt: verifiedAt.toISOString() });
    },
    /** Seconds this login must still wait before another attempt (0 = may try now). */
    waitSeconds(login: string, now: Date): number {
      const row = failure.get(login);
      if (!row) return 0;
      return Math.max(0, Math.ceil((Date.parse(row.blocked_until) - now.getTime()) / 1000));
    },
    /** Counts a failure and returns the delay it imposes on the next attempt. */
    recordFailure(login: string, now: Date): { failures: number; delaySeconds: number } {
      const failures = (failure.get(login)?.failures ?? 0) + 1;
      const delaySeconds = delayAfter(failures);
      putFailure.run({ login, failures, at: now.toISOString(), blockedUntil: new Date(now.getTime() + delaySeconds * 1000).toISOString() });
      return { failures, delaySeconds };
    },
    clearFailures: (login: string) => void clearFailures.run(login),
    /** Drops the offline verifier: this login signs in online again before it works offline. */
    forget: (login: string): boolean => forget.run(login).changes > 0,
  };
}
export type CredentialStore = ReturnType<typeof createCredentialStore>;
