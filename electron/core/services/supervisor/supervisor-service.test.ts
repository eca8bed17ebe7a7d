import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { supervisorReportSchema } from '../../../../shared/contract/supervisor';
import { DAY, CODES, NOW, fakeSource, makeFixture, type Fixture } from '../../../../test/export/log-book-fixture';
import { SIM_SITE_SETTINGS } from '../../../../portal-sim/opencps/site';
import { opencpsSettingsSchema } from '../../config/opencps-settings';
import { createOpencpsPortalClient } from '../../portal/opencps/client';
import { portalHandlingLogSource } from './handling-log-source';
import { createSupervisorService } from './supervisor-service';

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.close());

const serviceWith = (mode: 'up' | 'down' | 'none') => {
  const source = mode === 'none' ? null : fakeSource(mode);
  return { source, service: createSupervisorService({ db: fx.db, source: () => source, now: () => NOW }) };
};

describe('supervisor report', () => {
  it('merges the portal log with this PC\'s undelivered actions, per officer and kind', async () => {
    const report = supervisorReportSchema.parse(await serviceWith('up').service.report({ from: DAY, to: DAY }));
    expect(report.portalReachable).toBe(true);
    expect(report.notice).toBeNull();
    const byId = Object.fromEntries(report.officers.map((o) => [o.officerId, o]));
    // canbo02 (other PC): accept + return_result; canbo01: the delivered note (from the portal, once), the waiting forward, the rejected refusal.
    expect(byId.canbo02).toMatchObject({ officerName: 'Lê Thị Hồng', total: 2, counts: { accept: 1, return_result: 1, note: 0 } });
    expect(byId.canbo01).toMatchObject({ officerName: 'Trần Văn Bình', total: 3, counts: { note: 1, forward: 1, refuse: 1 } });
    expect(report.actionTotals.note).toBe(1);
  });

  it('counts received, returned, due today, overdue and the early/on-time/late split', async () => {
    const report = await serviceWith('up').service.report({ from: DAY, to: DAY });
    expect(report.today).toBe(DAY);
    expect(report.dossiers).toEqual({ received: 2, returned: 1, dueToday: 1, overdue: 1 });
    expect(report.timeliness).toEqual({ early: 1, onTime: 0, late: 0 });
  });

  it('lists this PC\'s open actions with the failure reason; withdrawn and delivered are not pending', async () => {
    const { pending } = await serviceWith('up').service.report({ from: DAY, to: DAY });
    expect(pending.counts).toEqual({ waiting: 2, sending: 0, conflict: 0, rejected: 1 });
    const rejected = pending.items.find((p) => p.state === 'rejected');
    expect(rejected).toMatchObject({ kind: 'refuse', dossierCode: CODES.d, reason: { vi: 'Trạng thái không cho phép' } });
  });

  it('asks the portal once per office day of the range', async () => {
    const { source, service } = serviceWith('up');
    await service.report({ from: '2026-11-26', to: '2026-11-28' });
    expect(source?.days).toEqual(['2026-11-26', '2026-11-27', '2026-11-28']);
  });

  it('falls back to local data and says so when the portal is unreachable', async () => {
    for (const mode of ['down', 'none'] as const) {
      const report = await serviceWith(mode).service.report({ from: DAY, to: DAY });
      expect(report.portalReachable).toBe(false);
      expect(report.notice?.vi).toContain('các quầy khác có thể bị thiếu');
      // Only this PC's own actions: the delivered note, the forward and the refusal (withdrawn excluded).
      expect(report.officers).toHaveLength(1);
      expect(report.officers[0]).toMatchObject({ officerId: 'canbo01', officerName: 'canbo01', total: 3 });
    }
  });
});

describe('portal handling-log adapter', () => {
  it('on an OpenCPS site (no handling-log endpoint) reports from local data and says why, not "unreachable"', async () => {
    const opencps = createOpencpsPortalClient({ baseUrl: 'http://127.0.0.1:9/o/rest/v2', timeoutMs: 500, settings: opencpsSettingsSchema.parse(SIM_SITE_SETTINGS), agencyCode: '000.00.12.H29' });
    const source = portalHandlingLogSource(opencps, () => Promise.resolve('token'));
    const report = await createSupervisorService({ db: fx.db, source: () => source, now: () => NOW }).report({ from: DAY, to: DAY });
    await opencps.close();
    expect(report.portalReachable).toBe(false);
    expect(report.notice?.vi).toContain('không cung cấp sổ theo dõi thao tác chung');
    expect(report.notice?.en).toContain('keeps no shared handling log');
    expect(report.officers[0]).toMatchObject({ officerId: 'canbo01', total: 3 });
  });


  it('asks the portal with the officer\'s token, and reads "no token" as unreachable', async () => {
    const asked: [string, string][] = [];
    const client = {
      getHandlingLog: (token: string, date: string) => {
        asked.push([token, date]);
        return Promise.resolve({ ok: true as const, value: { date, unit: 'X', entries: [] } });
      },
    };
    expect((await portalHandlingLogSource(client, () => Promise.resolve('tok')).handlingLog(DAY)).ok).toBe(true);
    expect(asked).toEqual([['tok', DAY]]);
    const none = await portalHandlingLogSource(client, () => Promise.resolve(null)).handlingLog(DAY);
    expect(none).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    expect(asked).toHaveLength(1);
  });
});
