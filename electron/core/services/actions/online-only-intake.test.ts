import { afterEach, describe, expect, it } from 'vitest';
import { startDesk, type DeskUnderTest } from '../../../../test/desk-harness';

let desk: DeskUnderTest | null = null;
afterEach(async () => {
  await desk?.stop();
  desk = null;
});

const intakeOf = (procedureCode: string) => ({
  procedureCode,
  applicant: { kind: 'citizen' as const, name: 'Võ Thị Ngọc Hân', idNumber: '079303001234', phone: null, email: null, address: 'Phường Sài Gòn, Thành phố Hồ Chí Minh' },
  summary: 'Đăng ký tạm trú',
  documents: ['Tờ khai thay đổi thông tin cư trú'],
  sets: 1,
  vneidVerified: false,
});

describe('paper intake of an online-only procedure', () => {
  it('is refused with the reason in both languages before anything is queued or audited', async () => {
    desk = await startDesk({ sim: { dossiers: 100, citizens: 50 } });
    const db = desk.database.db;
    const count = (sql: string): number => (db?.prepare(sql).get() as { n: number }).n;
    const before = { outbox: count('SELECT count(*) AS n FROM outbox'), audit: count('SELECT count(*) AS n FROM audit'), tmp: count("SELECT count(*) AS n FROM dossier WHERE code LIKE 'TMP-%'") };
    const refused = await desk.core.dispatch('action.intake', intakeOf('1.004222'), { trusted: true });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('VALIDATION');
    const details = refused.error.details as { message: { vi: string; en: string }; onlineOnlyFrom: string };
    expect(details.message.vi).toMatch(/không tiếp nhận hồ sơ giấy/);
    expect(details.message.en).toMatch(/takes no paper dossier/);
    expect(details.onlineOnlyFrom).toBe('2025-10-01');
    expect({ outbox: count('SELECT count(*) AS n FROM outbox'), audit: count('SELECT count(*) AS n FROM audit'), tmp: count("SELECT count(*) AS n FROM dossier WHERE code LIKE 'TMP-%'") }).toEqual(before);
    // A procedure that still takes paper is received as before.
    const taken = await desk.core.dispatch('action.intake', { ...intakeOf('1.001193'), summary: 'Đăng ký khai sinh' }, { trusted: true });
    expect(taken.ok).toBe(true);
  }, 60_000);

  it('follows the list the machine config names, not the shipped one', async () => {
    const list = JSON.stringify({
      basis: 'Chỉ thị 24/CT-TTg ngày 13/09/2025',
      procedures: [
        { code: '1.001193', from: '2025-01-01' },
        { code: '1.004222', onlineOnly: false, from: '2025-10-01' },
      ],
    });
    desk = await startDesk({ sim: { dossiers: 100, citizens: 50 }, config: { onlineOnly: { cataloguePath: 'online.json' } }, configFiles: { 'online.json': list } });
    const birth = await desk.core.dispatch('action.intake', { ...intakeOf('1.001193'), summary: 'Đăng ký khai sinh' }, { trusted: true });
    expect(birth.ok).toBe(false);
    if (!birth.ok) expect(birth.error.details).toMatchObject({ onlineOnlyFrom: '2025-01-01' });
    const temporary = await desk.core.dispatch('action.intake', intakeOf('1.004222'), { trusted: true });
    expect(temporary.ok).toBe(true);
  }, 60_000);
});
