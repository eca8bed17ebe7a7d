import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VN_WORKING_CALENDAR, addWorkingDays, isWorkingDay, workingCalendar, workingDaysBetween } from './working-days';
import { VN_HOLIDAY_YEARS, VN_MAKE_UP_WORKING_DAYS, VN_PUBLIC_HOLIDAYS, holidaysKnownFor } from './holidays-vn';
import { isoDateParts, weekday } from './iso-date';

const NONE = workingCalendar([]);

describe('addWorkingDays without holidays', () => {
  it('day 1 is the first working day after the receipt date', () => {
    expect(addWorkingDays('2025-06-10', 1, NONE)).toBe('2025-06-11'); // Tue → Wed
    expect(addWorkingDays('2025-06-13', 1, NONE)).toBe('2025-06-16'); // Fri → Mon
    expect(addWorkingDays('2025-06-14', 1, NONE)).toBe('2025-06-16'); // received Sat → Mon
    expect(addWorkingDays('2025-06-15', 1, NONE)).toBe('2025-06-16'); // received Sun → Mon
  });

  it('skips weekends over longer limits', () => {
    expect(addWorkingDays('2025-06-10', 5, NONE)).toBe('2025-06-17');
    expect(addWorkingDays('2025-06-10', 10, NONE)).toBe('2025-06-24');
    expect(addWorkingDays('2025-06-13', 3, NONE)).toBe('2025-06-18');
  });

  it('returns the start date for zero days and refuses bad counts', () => {
    expect(addWorkingDays('2025-06-14', 0, NONE)).toBe('2025-06-14');
    expect(() => addWorkingDays('2025-06-10', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-06-10', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('10/06/2025', 1)).toThrow(RangeError);
  });

  it('fails loudly on a calendar without working days', () => {
    const everyWeekday: string[] = [];
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2100, 0, 1); t += 86_400_000) everyWeekday.push(new Date(t).toISOString().slice(0, 10));
    expect(() => addWorkingDays('2025-01-01', 1, workingCalendar(everyWeekday))).toThrow(/no working days/);
  });
});

describe('addWorkingDays with the Vietnamese calendar', () => {
  it('skips Tết 2025', () => {
    // Received Fri 24/01/2025; Tết off Mon 27 – Fri 31/01.
    expect(addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
    expect(addWorkingDays('2025-01-23', 2)).toBe('2025-02-03');
  });

  it('counts the make-up Saturday 26/04/2025 and skips 30/4–2/5', () => {
    expect(isWorkingDay('2025-04-26')).toBe(true);
    expect(addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    expect(addWorkingDays('2025-04-28', 2)).toBe('2025-05-05'); // Tue 29/4, then Mon 5/5
  });

  it('skips Hùng Kings day and National Day', () => {
    expect(addWorkingDays('2025-04-04', 1)).toBe('2025-04-08');
    expect(addWorkingDays('2025-08-29', 1)).toBe('2025-09-03');
  });

  it('skips the compensatory day for Hùng Kings 2026 (a Sunday)', () => {
    expect(isWorkingDay('2026-04-27')).toBe(false);
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
  });

  it('skips Tết 2026 and 2027', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(addWorkingDays('2027-02-04', 1)).toBe('2027-02-12');
  });

  it('counts working days back', () => {
    expect(workingDaysBetween('2025-01-24', '2025-02-03')).toBe(1);
    expect(workingDaysBetween('2025-06-10', '2025-06-10')).toBe(0);
    expect(workingDaysBetween('2025-06-10', '2025-06-01')).toBe(0);
  });

  it('addWorkingDays lands on a working day exactly n working days later (property)', () => {
    const startArb = fc
      .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-10-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(startArb, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const end = addWorkingDays(start, n);
        expect(isWorkingDay(end)).toBe(true);
        expect(workingDaysBetween(start, end)).toBe(n);
        expect(end > start).toBe(true);
      }),
    );
  });
});

describe('holiday list', () => {
  it('lists real weekdays only, inside the covered years, without duplicates', () => {
    const dates = VN_PUBLIC_HOLIDAYS.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const date of dates) {
      expect(isoDateParts(date)).not.toBeNull();
      expect([0, 6]).not.toContain(weekday(date));
      expect(VN_HOLIDAY_YEARS).toContain(Number(date.slice(0, 4)));
    }
    expect([...VN_WORKING_CALENDAR.holidays].sort()).toEqual([...dates].sort());
  });

  it('has the fixed-date holidays every covered year', () => {
    for (const year of VN_HOLIDAY_YEARS) {
      const off = (md: string): boolean => !isWorkingDay(`${year}-${md}`);
      expect(off('01-01') || weekday(`${year}-01-01`) % 6 === 0).toBe(true);
      expect(off('04-30') || weekday(`${year}-04-30`) % 6 === 0).toBe(true);
      expect(off('05-01') || weekday(`${year}-05-01`) % 6 === 0).toBe(true);
      expect(off('09-02')).toBe(true);
      expect(VN_PUBLIC_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`) && h.name.en.includes('Tết')).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('make-up days are weekends that replace a listed holiday', () => {
    for (const d of VN_MAKE_UP_WORKING_DAYS) {
      expect([0, 6]).toContain(weekday(d.date));
      expect(VN_PUBLIC_HOLIDAYS.map((h) => h.date)).toContain(d.replaces);
    }
  });

  it('says which years it covers', () => {
    expect(holidaysKnownFor(2026)).toBe(true);
    expect(holidaysKnownFor(2028)).toBe(false);
  });
});
