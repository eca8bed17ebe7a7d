import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { supervisorReportSchema } from '../../../../shared/contract/supervisor';
import { CODES, DAY, NOW, fakeSource, makeFixture, UNIT, type Fixture } from '../../../../test/export/log-book-fixture';
import { createOutboxRepo } from '../../db/outbox/outbox-repo';
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
