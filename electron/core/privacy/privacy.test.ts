import { describe, expect, it } from 'vitest';
import { REVEAL_PURPOSES } from '../../../shared/contract/privacy';
import type { Citizen } from '../../../shared/domain/citizen';
import { createAuditLog } from '../audit/audit-log';
import { memoryDeskDb } from '../audit/test-db';
import { verifyAuditChain } from '../audit/verify';
import { createCitizenStore } from '../db/cache/citizen-store';
import { purgeStaleCitizens } from './purge';
import { createSubjectRequests } from './subject-request';
import { createRevealService } from './reveal';
import { privacyHandlers } from '../api/handlers/privacy';

const now = new Date('2026-11-27T02:00:00.000Z');
const citizen = (idNumber: string, updatedAt: string): Citizen => ({
  idNumber, kind: 'citizen', fullName: 'Trần Thị Bích', birthDate: '1990-05-04', gender: 'female', nationality: 'VN',
  address: 'Hà Nội', phone: '0912345678', email: null, version: 1, updatedAt,
  linkage: { accountKind: 'citizen', birthDate: '1990-05-04', underGuardianship: false, portalAccount: 'vneid', vneidLevel: 2, lock: null, guardian: null, organisationEid: null, residenceCard: null, hasIdentityCard: true },
});

function setup() {
  const db = memoryDeskDb();
  const audit = createAuditLog(db, () => now);
  const store = createCitizenStore(db);
  return { db, audit, store };
}

describe('citizen.reveal', () => {
  it('returns the full ID and phone and audits who, whose (masked), when and why', () => {
    const { db, audit, store } = setup();
    store.put(citizen('079190001234', '2026-11-01T00:00:00.000Z'));
    const ref = store.refOf('079190001234') ?? 0;
    const handlers = privacyHandlers(createRevealService({ db, citizens: store, audit, now: () => now }), createSubjectRequests({ db, audit }));
    const session = { officerId: 'CB01', displayName: 'An', roles: ['officer' as const] };
    const shown = handlers['citizen.reveal']({ ref, reason: 'đối chiếu với CCCD 079190001234 bản gốc' }, { session });
    expect(shown).toEqual({ ref, fullName: 'Trần Thị Bích', idNumber: '079190001234', phone: '0912345678', email: null });
    const row = db.prepare('SELECT at, officer_id, action, subject, detail FROM audit').get() as Record<string, string>;
    expect(row).toMatchObject({ at: now.toISOString(), officer_id: 'CB01', action: 'reveal', subject: '••••••••1234' });
    expect(JSON.stringify(row)).not.toContain('079190001234');
    expect(JSON.parse(row.detail ?? '{}')).toMatchObject({ ref, reason: expect.stringContaining('đối chiếu') as unknown });
    expect(db.prepare('SELECT last_used_at FROM citizen WHERE id = ?').get(ref)).toEqual({ last_used_at: now.toISOString() });
  });

  it('filling an intake from a cached applicant is one audited reveal naming the intake as its purpose', () => {
    const { db, audit, store } = setup();
    store.put(citizen('079190001234', '2026-11-01T00:00:00.000Z'));
    const ref = store.refOf('079190001234') ?? 0;
    const handlers = privacyHandlers(createRevealService({ db, citizens: store, audit, now: () => now }), createSubjectRequests({ db, audit }));
    const session = { officerId: 'CB01', displayName: 'An', roles: ['officer' as const] };
    expect(handlers['citizen.reveal']({ ref, reason: REVEAL_PURPOSES.intakeFromCache }, { session })).toMatchObject({ idNumber: '079190001234', phone: '0912345678' });
    const rows = db.prepare("SELECT officer_id, detail FROM audit WHERE action = 'reveal'").all() as { officer_id: string; detail: string }[];
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.detail ?? '{}')).toEqual({ ref, fields: ['idNumber', 'phone', 'email'], reason: REVEAL_PURPOSES.intakeFromCache });
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('an unknown applicant is NOT_FOUND and nothing is audited', () => {
    const { db, audit, store } = setup();
    const service = createRevealService({ db, citizens: store, audit, now: () => now });
    expect(() => service.reveal('CB01', 999, 'kiểm tra')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }) as Error);
    expect(audit.head().seq).toBe(0);
  });
});

describe('purgeStaleCitizens', () => {
  it('deletes rows unused for N days (counted from caching when never used), keeps the rest, audits the count', () => {
    const { db, audit, store } = setup();
    store.put(citizen('001090000001', '2026-01-01T00:00:00.000Z')); // cached long ago, never used → purged
    store.put(citizen('001090000002', '2026-01-01T00:00:00.000Z')); // cached long ago but used recently → kept
    store.put(citizen('001090000003', '2026-01-01T00:00:00.000Z')); // portal-old record cached recently → kept
    store.put(citizen('001090000004', '2026-11-20T00:00:00.000Z')); // cached recently, used long ago → purged
    const cachedAt = db.prepare<[string, string]>('UPDATE citizen SET cached_at = ? WHERE id_number = ?');
    cachedAt.run('2026-01-02T00:00:00.000Z', '001090000001');
    cachedAt.run('2026-01-02T00:00:00.000Z', '001090000002');
    cachedAt.run('2026-11-25T00:00:00.000Z', '001090000003');
    store.markUsed(store.refOf('001090000002') ?? 0, '2026-11-26T00:00:00.000Z');
    store.markUsed(store.refOf('001090000004') ?? 0, '2026-06-01T00:00:00.000Z');
    expect(purgeStaleCitizens(db, store, audit, now, 90)).toBe(2);
    expect((db.prepare('SELECT id_number FROM citizen ORDER BY id_number').all() as { id_number: string }[]).map((r) => r.id_number)).toEqual(['001090000002', '001090000003']);
    const row = db.prepare('SELECT officer_id, action, detail FROM audit').get() as { officer_id: string; action: string; detail: string };
    expect(row).toMatchObject({ officer_id: 'system', action: 'cache_purged' });
    expect(JSON.parse(row.detail)).toMatchObject({ count: 2, olderThanDays: 90 });
    expect(purgeStaleCitizens(db, store, audit, now, 90)).toBe(0);
    expect(audit.head().seq).toBe(1);
    expect(verifyAuditChain(db).ok).toBe(true);
  });
});
