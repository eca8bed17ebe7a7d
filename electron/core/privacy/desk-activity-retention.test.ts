import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../audit/audit-log';
import { memoryDeskDb } from '../audit/test-db';
import { verifyAuditChain } from '../audit/verify';
import { createDeskActivityRepo } from '../db/outbox/desk-activity-repo';
import { createCitizenStore } from '../db/cache/citizen-store';
import { EXPIRED, redactStaleDeskActivity, runRetention } from './purge';
import { REDACTED } from './subject-request';

const now = new Date('2026-11-27T02:00:00.000Z');

function setup() {
  const db = memoryDeskDb();
  const audit = createAuditLog(db, () => now);
  const repo = createDeskActivityRepo(db);
  const record = (createdAt: string, applicantName: string, applicantId: string | null) =>
    repo.insert({ kind: 'assistedOnlineFiling', officerId: 'CB01', createdAt, procedureCode: '1.004222', procedureName: 'Đăng ký tạm trú', applicantName, applicantId, payload: '{}' });
  return { db, audit, repo, record };
}

describe('retention of work without a dossier (desk_activity)', () => {
  it('redacts name and identifier of rows past retention, keeps the rows and the recent ones, audits only the count', () => {
    const { db, audit, repo, record } = setup();
    record('2026-06-01T03:00:00.000Z', 'Võ Thị Ngọc Hân', '079303001234');
    record('2026-06-02T03:00:00.000Z', 'Lê Văn Tám', null);
    record('2026-06-03T03:00:00.000Z', REDACTED, null); // erased on request already: left as it is
    record('2026-11-20T03:00:00.000Z', 'Phạm Minh Châu', '001090000004');
    expect(redactStaleDeskActivity(db, repo, audit, now, 90)).toBe(2);
    const rows = db.prepare('SELECT applicant_name AS name, applicant_id AS id FROM desk_activity ORDER BY id').all();
    expect(rows).toEqual([
      { name: EXPIRED, id: null },
      { name: EXPIRED, id: null },
      { name: REDACTED, id: null },
      { name: 'Phạm Minh Châu', id: '001090000004' },
    ]);
    const entry = db.prepare('SELECT officer_id, action, detail FROM audit').get() as { officer_id: string; action: string; detail: string };
    expect(entry).toMatchObject({ officer_id: 'system', action: 'cache_purged' });
    expect(JSON.parse(entry.detail)).toMatchObject({ table: 'desk_activity', count: 2, olderThanDays: 90 });
    expect(entry.detail).not.toMatch(/079303001234|Võ Thị|Lê Văn/);
    // Nothing left to redact: no second audit entry.
    expect(redactStaleDeskActivity(db, repo, audit, now, 90)).toBe(0);
    expect(audit.head().seq).toBe(1);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('is part of the daily retention job, beside the applicant purge', () => {
    const { db, audit, repo, record } = setup();
    record('2026-06-01T03:00:00.000Z', 'Võ Thị Ngọc Hân', '079303001234');
    expect(runRetention(db, { citizens: createCitizenStore(db), deskActivity: repo, audit }, now, 90)).toEqual({ citizens: 0, deskActivity: 1 });
    expect(db.prepare('SELECT applicant_name AS name, applicant_id AS id FROM desk_activity').get()).toEqual({ name: EXPIRED, id: null });
  });
});
