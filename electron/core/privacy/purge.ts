import type { AuditLog } from '../audit/audit-log';
import type { CitizenStore } from '../db/cache/citizen-store';
import type { Db } from '../db/connection';
import type { DeskActivityRepo } from '../db/outbox/desk-activity-repo';
import { REDACTED } from './subject-request';

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

/** What stays of an applicant's name on desk work past retention (the data-subject erase writes REDACTED). */
export const EXPIRED = '[đã xóa do hết thời hạn lưu]';

/**
 * Retention for work without a dossier (assisted online filing): rows older than `days`
 * days lose the applicant's name and identifier, as the data-subject erase does; the row
 * still counts in the supervisor report and the log book. Audited by count only.
 */
export function redactStaleDeskActivity(db: Db, deskActivity: DeskActivityRepo, audit: AuditLog, now: Date, days: number): number {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.transaction(() => {
    const changes = deskActivity.redactBefore(cutoff, EXPIRED, REDACTED);
    if (changes > 0) audit.append({ officerId: 'system', action: 'cache_purged', detail: { table: 'desk_activity', count: changes, olderThanDays: days, cutoff } });
    return changes;
  })();
}

/** The daily retention job: stale applicants deleted, stale desk work redacted, each audited by count. */
export function runRetention(db: Db, stores: { citizens: CitizenStore; deskActivity: DeskActivityRepo; audit: AuditLog }, now: Date, days: number): { citizens: number; deskActivity: number } {
  return {
    citizens: purgeStaleCitizens(db, stores.citizens, stores.audit, now, days),
    deskActivity: redactStaleDeskActivity(db, stores.deskActivity, stores.audit, now, days),
  };
}
