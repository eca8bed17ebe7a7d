import { afterEach, describe, expect, it } from 'vitest';
import { startDesk, type DeskUnderTest } from '../../../../test/desk-harness';

let desk: DeskUnderTest | null = null;
afterEach(async () => {
  await desk?.stop();
  desk = null;
});

const birth = (competentUnitCode?: string) => ({
  procedureCode: '1.001193',
  ...(competentUnitCode === undefined ? {} : { competentUnitCode }),
  applicant: { kind: 'citizen' as const, name: 'Võ Thị Ngọc Hân', idNumber: '079303001234', phone: null, email: null, address: 'Phường Sài Gòn, Thành phố Hồ Chí Minh' },
  summary: 'Đăng ký khai sinh',
  documents: ['Tờ khai đăng ký khai sinh'],
  sets: 1,
  vneidVerified: false,
});

// Another province's catalogue: civil status goes to two communes the shipped data never names.
const CATALOGUE = JSON.stringify({
  units: [
    { code: '000.10.01.H01', name: 'UBND xã Mẫu Sơn', kind: 'communeCommittee' },
    { code: '000.10.02.H01', name: 'UBND xã Mẫu Thủy', kind: 'communeCommittee' },
  ],
  byField: [{ field: 'HT', units: ['000.10.01.H01', '000.10.02.H01'] }],
});

describe('the competent unit at intake follows the catalogue the machine config names', () => {
  it('refuses a unit the file does not make competent (nothing queued) and takes one it does', async () => {
    desk = await startDesk({ sim: { dossiers: 100, citizens: 50 }, config: { competentUnits: { cataloguePath: 'units.json' } }, configFiles: { 'units.json': CATALOGUE } });
    const db = desk.database.db;
    const count = (sql: string): number => (db?.prepare(sql).get() as { n: number }).n;
    const queued = () => ({ outbox: count('SELECT count(*) AS n FROM outbox'), audit: count('SELECT count(*) AS n FROM audit') });
    const before = queued();
    // Competent under the shipped catalogue, not under this province's file.
    const refused = await desk.core.dispatch('action.intake', birth('000.30.12.H29'), { trusted: true });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('VALIDATION');
    expect(refused.error.details).toMatchObject({
      message: { vi: expect.stringMatching(/000\.30\.12\.H29 không có thẩm quyền/) as unknown, en: expect.stringMatching(/000\.30\.12\.H29 is not competent/) as unknown },
      issues: [{ key: 'competentUnitCode' }],
    });
    expect(queued()).toEqual(before);

    const taken = await desk.core.dispatch('action.intake', birth('000.10.02.H01'), { trusted: true });
    expect(taken.ok).toBe(true);
    const usual = await desk.core.dispatch('action.intake', birth(), { trusted: true });
    expect(usual.ok).toBe(true);
    const wired = (db?.prepare("SELECT payload FROM outbox WHERE kind = 'intake' ORDER BY seq").all() as { payload: string }[]).map(
      (row) => (JSON.parse(row.payload) as { competentUnitCode?: string }).competentUnitCode,
    );
    expect(wired).toEqual(['000.10.02.H01', '000.10.01.H01']);
  }, 60_000);

  it('hands the renderer the catalogue in force through app.info', async () => {
    desk = await startDesk({ sim: { dossiers: 100, citizens: 50 }, config: { competentUnits: { cataloguePath: 'units.json' } }, configFiles: { 'units.json': CATALOGUE } });
    const info = await desk.core.dispatch('app.info', {}, { trusted: true });
    expect(info).toMatchObject({ ok: true, value: { competentUnits: { units: [{ name: 'UBND xã Mẫu Sơn' }, { name: 'UBND xã Mẫu Thủy' }] } } });
  }, 60_000);
});
