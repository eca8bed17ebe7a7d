import { afterEach, describe, expect, it } from 'vitest';
import { addDays, formatDisplayDate, officeDate } from '../../../../shared/domain/office-time';
import { cachedCodes, startDesk, type DeskUnderTest } from '../../../../test/desk-harness';

let desk: DeskUnderTest | null = null;
afterEach(async () => {
  await desk?.stop();
  desk = null;
});

type Details = { message?: { vi: string; en: string }; issues?: { key: string; message: { vi: string; en: string } }[] };

const cached = (d: DeskUnderTest, code: string) =>
  d.database.db.prepare('SELECT status, due_at AS dueAt FROM dossier WHERE code = ?').get(code) as { status: number; dueAt: string | null };
const count = (d: DeskUnderTest, sql: string): number => (d.database.db.prepare(sql).get() as { n: number }).n;

describe('apology and extension (form 04): the new due date', () => {
  it('must be a real date after the current one and not in the past; a refused one queues and audits nothing', async () => {
    desk = await startDesk({ sim: { dossiers: 200, citizens: 50 } });
    const [code] = cachedCodes(desk, 4, 1);
    if (!code) throw new Error('no dossier in processing');
    const today = officeDate(new Date());
    const extendTo = addDays(today, 10);
    const first = await desk.core.dispatch('action.record', { dossierCode: code, action: { kind: 'extend_deadline', newDueDate: extendTo, reason: 'Chờ kết quả xác minh' } }, { trusted: true });
    expect(first.ok).toBe(true);
    await desk.drainUntilSettled();
    const before = { outbox: count(desk, 'SELECT count(*) AS n FROM outbox'), audit: count(desk, 'SELECT count(*) AS n FROM audit') };
    const refusals: [string, RegExp, RegExp][] = [
      ['2026-02-30', /không có thật/, /Not a real date/],
      ['30/12/2026', /không có thật/, /Not a real date/],
      [addDays(today, -1), /đã qua/, /in the past/],
      [extendTo, new RegExp(`phải sau ngày hẹn hiện tại ${formatDisplayDate(extendTo)}`), /must be after the current due date/],
      [addDays(extendTo, -1), /phải sau ngày hẹn hiện tại/, /must be after the current due date/],
    ];
    for (const [newDueDate, vi, en] of refusals) {
      const refused = await desk.core.dispatch('action.record', { dossierCode: code, action: { kind: 'extend_deadline', newDueDate, reason: 'Chờ kết quả xác minh' } }, { trusted: true });
      expect(refused.ok, newDueDate).toBe(false);
      if (refused.ok) continue;
      expect(refused.error.code).toBe('VALIDATION');
      const issue = (refused.error.details as Details).issues?.find((i) => i.key.endsWith('newDueDate'));
      expect(issue?.message.vi).toMatch(vi);
      expect(issue?.message.en).toMatch(en);
    }
    expect({ outbox: count(desk, 'SELECT count(*) AS n FROM outbox'), audit: count(desk, 'SELECT count(*) AS n FROM audit') }).toEqual(before);
  }, 60_000);
});

describe.each(['onestop', 'opencps'] as const)('the %s simulator applies the Circular 03/2025 actions', (dialect) => {
  it('moves the due date on an extension and stops processing (status 8), each exactly once', async () => {
    desk = await startDesk({ dialect, sim: { dossiers: 200, citizens: 50 } });
    const [extended, stopped] = cachedCodes(desk, 4, 2);
    if (!extended || !stopped) throw new Error('no dossiers in processing');
    const newDueDate = addDays(officeDate(new Date()), 12);
    const a = await desk.core.dispatch('action.record', { dossierCode: extended, action: { kind: 'extend_deadline', newDueDate, reason: 'Chờ ý kiến của cơ quan liên quan' } }, { trusted: true });
    const b = await desk.core.dispatch('action.record', { dossierCode: stopped, action: { kind: 'stop_processing', reason: 'Hồ sơ có giấy tờ giả mạo' } }, { trusted: true });
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(await desk.drainUntilSettled()).toBeLessThan(10);
    expect(count(desk, "SELECT count(*) AS n FROM outbox WHERE state = 'delivered'")).toBe(2);
    const after = cached(desk, extended);
    expect(after.status).toBe(4);
    expect(formatDisplayDate(new Date(after.dueAt ?? ''))).toBe(formatDisplayDate(newDueDate));
    expect(cached(desk, stopped).status).toBe(8);
    const ledger = desk.sim.ledger().filter((r) => r.code === extended || r.code === stopped);
    expect(ledger).toHaveLength(2);
  }, 90_000);
});
