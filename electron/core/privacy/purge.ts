import type { AuditLog } from '../audit/audit-log';
import type { Db } from '../db/connection';

const DAY_MS = 86_400_000;

/**
 * Retention: deletes cached applicants not used (or, never used, not received again) for
 * `days` days, and audits how many. The portal stays the record; a purged applicant
 * is fetched again when next looked up. Returns the number deleted.
 */
export function purgeStaleCitizens(db: Db, audit: AuditLog, now: Date, days: number): number {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.transaction(() => {
    const { changes } = db.prepare('DELETE FROM citizen WHERE coalesce(last_used_at, cached_at, updated_at) < ?').run(cutoff);
    if (changes > 0) audit.append({ officerId: 'system', action: 'cache_purged', detail: { table: 'citizen', count: changes, olderThanDays: days, cutoff } });
    return changes;
  })();
}
