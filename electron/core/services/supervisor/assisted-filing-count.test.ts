import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskFailure } from '../../../../shared/contract/errors';
import { supervisorReportSchema } from '../../../../shared/contract/supervisor';
import { CODES, DAY, NOW, fakeSource, makeFixture, UNIT, type Fixture } from '../../../../test/export/log-book-fixture';
import { createDossierStore } from '../../db/cache/dossier-store';
import { createDeskActivityRepo } from '../../db/outbox/desk-activity-repo';
import { createOutboxRepo } from '../../db/outbox/outbox-repo';
import { createActionService } from '../actions/action-service';
import { verifyAuditChainForExport } from '../export/audit-verify';
import { createExportService } from '../export/export-service';
import { createSupervisorService } from './supervisor-service';

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
  // An officer helped the applicant of dossier c file online (Directive 24), still waiting to reach the portal.
  createOutboxRepo(fx.db).insert({
    idemKey: 'assisted-c', kind: 'assisted_online_filing', dossierCode: CODES.c, basedOnSeq: null, expectedVersion: 1,
    payload: JSON.stringify({ kind: 'assisted_online_filing', readiness: 'filed_now', slipPrinted: true, note: 'Nộp tại máy hỗ trợ' }),
    officerId: 'canbo01', createdAt: '2026-11-27T06:00:00.000Z',
  });
});
afterEach(() => fx.close());

describe('assisted online filing in the supervisor report and the log book', () => {
  it('is counted per officer and in the totals', async () => {
    const source = fakeSource('up');
    const service = createSupervisorService({ db: fx.db, source: () => source, now: () => NOW });
    const report = supervisorReportSchema.parse(await service.report({ from: DAY, to: DAY }));
    expect(report.actionTotals.assisted_online_filing).toBe(1);
    expect(report.officers.find((o) => o.officerId === 'canbo01')?.counts.assisted_online_filing).toBe(1);
  });

  it('is a row of the log book with its note', async () => {
    const source = fakeSource('up');
    const supervisor = createSupervisorService({ db: fx.db, source: () => source, now: () => NOW });
    const exporter = createExportService({ db: fx.db, supervisor, audit: fx.audit, verifyAuditChain: verifyAuditChainForExport, now: () => NOW, dataDir: join(fx.dir, 'data'), unit: UNIT });
    const doc = await exporter.buildDocument({ from: DAY, to: DAY, format: 'csv' });
    const row = doc.rows.find((r) => r.action === 'assisted_online_filing');
    expect(row).toMatchObject({ sync: 'waiting', source: 'this_pc', notes: 'Nộp tại máy hỗ trợ' });
  });
});

describe('assisted online filing from a refused intake, with no dossier yet', () => {
  const SESSION = { officerId: 'canbo02', displayName: 'Lê Thị Hồng', roles: ['officer' as const] };
  const actionsOn = (f: Fixture) =>
    createActionService({
      db: f.db, outbox: createOutboxRepo(f.db), audit: f.audit, dossiers: createDossierStore(f.db), deskActivity: createDeskActivityRepo(f.db),
      now: () => NOW, deviceId: 'a1b2c3d4', agencyCode: UNIT, afterEnqueue: () => undefined,
    });
  const filing = {
    procedureCode: '1.004222',
    applicantName: 'Đỗ Thị Mai',
    action: { kind: 'assisted_online_filing' as const, readiness: 'steps_first' as const, slipPrinted: true },
  };
  const outboxCount = (f: Fixture) => f.db.prepare('SELECT count(*) FROM outbox').pluck().get();

  it('is recorded and audited on this desk, never queued, and both the report and the log book count it', async () => {
    const queuedBefore = outboxCount(fx);
    const head = fx.audit.head();
    const recorded = actionsOn(fx).assistedFiling(filing, SESSION);
    expect(outboxCount(fx)).toBe(queuedBefore);
    const audit = fx.db.prepare('SELECT officer_id, action, detail FROM audit WHERE seq = ?').get(head.seq + 1) as { officer_id: string; action: string; detail: string };
    expect(audit).toMatchObject({ officer_id: 'canbo02', action: 'desk_activity_recorded' });
    expect(JSON.parse(audit.detail)).toEqual({ id: recorded.id, kind: 'assisted_online_filing', procedure: '1.004222' });
    expect(audit.detail).not.toContain('Đỗ Thị Mai');

    // Counted whether or not the portal answers: the portal never has it.
    for (const mode of ['up', 'down'] as const) {
      const source = fakeSource(mode);
      const report = supervisorReportSchema.parse(await createSupervisorService({ db: fx.db, source: () => source, now: () => NOW }).report({ from: DAY, to: DAY }));
      expect(report.actionTotals.assisted_online_filing).toBe(2);
      expect(report.officers.find((o) => o.officerId === 'canbo02')?.counts.assisted_online_filing).toBe(1);
    }
    const source = fakeSource('up');
    const supervisor = createSupervisorService({ db: fx.db, source: () => source, now: () => NOW });
    const exporter = createExportService({ db: fx.db, supervisor, audit: fx.audit, verifyAuditChain: verifyAuditChainForExport, now: () => NOW, dataDir: join(fx.dir, 'data'), unit: UNIT });
    const doc = await exporter.buildDocument({ from: DAY, to: DAY, format: 'csv' });
    const row = doc.rows.find((r) => r.action === 'assisted_online_filing' && r.dossierCode === '');
    expect(row).toMatchObject({ sync: 'local_only', source: 'this_pc', procedureName: 'Đăng ký tạm trú', applicantName: 'Đỗ Thị Mai', officerId: 'canbo02' });
  });

  it('is refused for a procedure that still takes paper dossiers, with the reason in Vietnamese, and writes nothing', () => {
    const head = fx.audit.head();
    let refused: unknown = null;
    try {
      actionsOn(fx).assistedFiling({ ...filing, procedureCode: '1.001193' }, SESSION);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DeskFailure);
    const failure = refused as DeskFailure;
    expect(failure.code).toBe('VALIDATION');
    expect(JSON.stringify(failure.details)).toContain('không nhận hồ sơ giấy');
    expect(fx.db.prepare('SELECT count(*) FROM desk_activity').pluck().get()).toBe(0);
    expect(fx.audit.head()).toEqual(head);
  });
});
