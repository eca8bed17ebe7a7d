import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysInMonth, isLeapYear, isoDateFromParts, isoDateParts, requireIsoDate, weekday } from './iso-date';

describe('iso-date', () => {
  it('knows leap years, including the century rules', () => {
    expect([2024, 2000, 1600].map(isLeapYear)).toEqual([true, true, true]);
    expect([2025, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 13)).toBe(0);
  });

  it('builds only real calendar days', () => {
    expect(isoDateFromParts({ year: 2024, month: 2, day: 29 })).toBe('2024-02-29');
    expect(isoDateFromParts({ year: 2025, month: 2, day: 29 })).toBeNull();
    expect(isoDateFromParts({ year: 2025, month: 2, day: 31 })).toBeNull();
    expect(isoDateFromParts({ year: 2025, month: 0, day: 1 })).toBeNull();
    expect(isoDateFromParts({ year: 999, month: 1, day: 1 })).toBeNull();
    expect(isoDateFromParts({ year: 2025, month: 1, day: 1.5 })).toBeNull();
  });

  it('parses ISO dates strictly', () => {
    expect(isoDateParts('2025-04-30')).toEqual({ year: 2025, month: 4, day: 30 });
    expect(isoDateParts('2025-04-31')).toBeNull();
    expect(isoDateParts('2025-4-30')).toBeNull();
    expect(isoDateParts('2025-04-30T00:00:00Z')).toBeNull();
    expect(() => requireIsoDate('30/04/2025', 'due date')).toThrow(/due date/);
  });

  it('accepts exactly the strings of shape dddd-dd-dd that name a real day (property)', () => {
    const shape = /^(\d{4})-(\d{2})-(\d{2})$/;
    const nearDate = fc.tuple(fc.date({ min: new Date('0900-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), fc.nat(9), fc.string({ minLength: 1, maxLength: 1 }))
      .map(([d, at, c]) => { const iso = d.toISOString().slice(0, 10); return iso.slice(0, at) + c + iso.slice(at + 1); });
    const digitsShaped = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(nearDate, digitsShaped, fc.string({ maxLength: 12 })), (text) => {
        const m = shape.exec(text);
        const expected = m ? isoDateFromParts({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) : null;
        expect(isoDateParts(text) === null).toBe(expected === null);
        if (expected !== null) expect(isoDateFromParts(isoDateParts(text) ?? { year: 0, month: 0, day: 0 })).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips every real date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const parts = isoDateParts(iso);
        expect(parts && isoDateFromParts(parts)).toBe(iso);
      }),
    );
  });

  it('gives the weekday', () => {
    expect(weekday('2025-04-30')).toBe(3);
    expect(weekday('2025-04-26')).toBe(6);
    expect(weekday('2025-04-27')).toBe(0);
  });
});
