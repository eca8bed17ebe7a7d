import { describe, expect, it } from 'vitest';
import type { Citizen } from '../../../../shared/domain/citizen';
import { createAuditLog } from '../../audit/audit-log';
import { memoryDeskDb } from '../../audit/test-db';
import { createCitizenStore } from '../../db/cache/citizen-store';
import { guidanceHandlers } from '../../api/handlers/guidance';
import { createGuidanceService } from './guidance-service';

const now = new Date('2026-11-27T02:00:00.000Z');
const session = { officerId: 'canbo01', displayName: 'Nguyễn Thị Hồng Nhung', roles: ['officer' as const] };
const walkIn: Citizen = {
  idNumber: '079190001234', kind: 'citizen', fullName: 'Trần Thị Bích', birthDate: '1990-05-04', gender: 'female', nationality: 'VN',
  address: 'Xã Yên Phong, tỉnh Bắc Ninh', phone: '0912345678', email: null, version: 1, updatedAt: '2026-11-01T00:00:00.000Z',
  linkage: { accountKind: 'citizen', birthDate: '1990-05-04', underGuardianship: false, portalAccount: 'none', vneidLevel: null, lock: null, guardian: null, organisationEid: null, residenceCard: null, hasIdentityCard: true },
};

function setup() {
  const db = memoryDeskDb();
  const audit = createAuditLog(db, () => now);
  const citizens = createCitizenStore(db);
  citizens.put(walkIn);
  const ref = citizens.refOf(walkIn.idNumber) ?? 0;
  const handlers = guidanceHandlers(
    createGuidanceService({ citizens, audit, now: () => now, unit: { code: 'H15.50.05.13', name: 'Trung tâm Phục vụ hành chính công xã Yên Phong' } }),
  );
  const rows = () => db.prepare('SELECT officer_id, action, subject, detail FROM audit').all() as Record<string, string>[];
  return { ref, handlers, rows };
}

describe('guidance.record', () => {
  it('records guidance for a walk-in with the decided state, who gave it, for which unit; the ID masked', () => {
    const { ref, handlers, rows } = setup();
    const done = handlers['guidance.record']({ ref, state: 'no_account', slipPrinted: true }, { session });
    expect(done).toEqual({
      recordedAt: now.toISOString(), state: 'no_account', officerId: 'canbo01', officerName: 'Nguyễn Thị Hồng Nhung',
      unitCode: 'H15.50.05.13', unitName: 'Trung tâm Phục vụ hành chính công xã Yên Phong',
    });
    expect(rows()).toEqual([
      { officer_id: 'canbo01', action: 'vneid_guidance', subject: '••••••••1234', detail: JSON.stringify({ ref, state: 'no_account', slipPrinted: true }) },
    ]);
  });

  it('refuses a state other than the one the cached facts decide, in both languages, and records nothing', () => {
    const { ref, handlers, rows } = setup();
    expect(() => handlers['guidance.record']({ ref, state: 'linked_level2', slipPrinted: false }, { session })).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        details: expect.objectContaining({ state: 'no_account', message: expect.objectContaining({ vi: expect.stringContaining('Chưa có tài khoản Cổng Dịch vụ công') as unknown }) as unknown }) as unknown,
      }) as Error,
    );
    expect(rows()).toEqual([]);
  });

  it('an applicant not in the cache is NOT_FOUND and nothing is recorded', () => {
    const { handlers, rows } = setup();
    expect(() => handlers['guidance.record']({ ref: 999, state: 'no_account', slipPrinted: false }, { session })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }) as Error,
    );
    expect(rows()).toEqual([]);
  });
});
