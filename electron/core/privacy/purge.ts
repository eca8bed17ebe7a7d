import type { AuditLog } from '../audit/audit-log';
import type { CitizenStore } from '../db/cache/citizen-store';
import type { Db } from '../db/connection';

const DAY_MS = 86_400_000;

/**
 * Retention: deletes cached applicants not used (or, never used, not received again) for
 * `days` days, and audits how many. The portal stays the record; a purged applicant
 * is fetched again when next looked up. Returns the number deleted.
 */
export function purgeStaleCitizens(db: Db, citizens: CitizenStore, audit: AuditLog, now: Date, days: number): number {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.transaction(() => {
    const changes = citizens.deleteUnusedBefore(cutoff);
    if (changes > 0) audit.append({ officerId: 'system', action: 'cache_purged', detail: { table: 'citizen', count: changes, olderThanDays: days, cutoff } });
    return changes;
  })();
}
