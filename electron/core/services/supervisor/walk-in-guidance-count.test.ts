import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { supervisorReportSchema } from '../../../../shared/contract/supervisor';
import { DAY, NOW, fakeSource, makeFixture, UNIT, type Fixture } from '../../../../test/export/log-book-fixture';
import { verifyAuditChainForExport } from '../export/audit-verify';
import { createExportService } from '../export/export-service';
import { createSupervisorService } from './supervisor-service';

// 17.7: guidance to a walk-in (no dossier) has no portal endpoint; it is audited on this PC and
// the supervisor's report and the log book count it from there.
let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
  fx.audit.append({ officerId: 'canbo02', action: 'vneid_guidance', subject: '••••••••4321', detail: { ref: 9, state: 'legacy_unlinked', slipPrinted: true } });
  fx.audit.append({ officerId: 'canbo02', action: 'view_citizen', subject: '••••••••4321', detail: { ref: 9 } });
});
afterEach(() => fx.close());

describe('VNeID guidance to a walk-in in the supervisor report and the log book', () => {
  it.each(['up', 'down'] as const)('is counted per officer, in the totals and on its own line (portal %s)', async (mode) => {
    const source = fakeSource(mode);
    const service = createSupervisorService({ db: fx.db, source: () => source, now: () => NOW });
    const report = supervisorReportSchema.parse(await service.report({ from: DAY, to: DAY }));
    expect(report.walkInGuidance).toBe(1);
    expect(report.actionTotals.vneid_guidance).toBeGreaterThanOrEqual(1);
    expect(report.officers.find((o) => o.officerId === 'canbo02')?.counts.vneid_guidance).toBe(1);
  });

  it('is outside a range that does not hold its day', async () => {
    const service = createSupervisorService({ db: fx.db, source: () => fakeSource('up'), now: () => NOW });
    const report = await service.report({ from: '2026-11-26', to: '2026-11-26' });
    expect(report.walkInGuidance).toBe(0);
  });

  it('is a row of the log book, kept on this PC, naming the state and the masked ID', async () => {
    const source = fakeSource('up');
    const supervisor = createSupervisorService({ db: fx.db, source: () => source, now: () => NOW });
    const exporter = createExportService({ db: fx.db, supervisor, audit: fx.audit, verifyAuditChain: verifyAuditChainForExport, now: () => NOW, dataDir: join(fx.dir, 'data'), unit: UNIT });
    const doc = await exporter.buildDocument({ from: DAY, to: DAY, format: 'csv' });
    const rows = doc.rows.filter((r) => r.action === 'vneid_guidance' && r.dossierCode === '');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      sync: 'local_only', source: 'this_pc', officerId: 'canbo02',
      notes: 'Hướng dẫn VNeID tại quầy, không kèm hồ sơ — Tài khoản cũ chưa xác thực với VNeID — ••••••••4321',
    });
  });
});
