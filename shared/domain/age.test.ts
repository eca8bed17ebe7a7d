import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEAP_DAY_BIRTHDAY_CONVENTION, MINOR_AGE_LIMIT, ageOn, dateOfTurning, isMinor } from './age';
import { addDays } from './office-time';

describe('ageOn', () => {
  it('turns 14 on the 14th birthday, not the day before', () => {
    expect(ageOn('2011-06-15', '2025-06-14')).toBe(13);
    expect(ageOn('2011-06-15', '2025-06-15')).toBe(14);
    expect(ageOn('2011-06-15', '2025-06-16')).toBe(14);
  });

  it('counts across the new year', () => {
    expect(ageOn('2010-12-31', '2024-12-31')).toBe(14);
    expect(ageOn('2011-01-01', '2024-12-31')).toBe(13);
    expect(ageOn('2011-01-01', '2025-01-01')).toBe(14);
  });

  it('counts a 29 February birthday on 1 March in non-leap years', () => {
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(13);
    expect(ageOn('2012-02-29', '2026-03-01')).toBe(14);
    expect(ageOn('2012-02-29', '2013-02-28')).toBe(0);
    expect(ageOn('2012-02-29', '2013-03-01')).toBe(1);
  });

  it('counts a 29 February birthday on 29 February in leap years', () => {
    expect(ageOn('2012-02-29', '2028-02-28')).toBe(15);
    expect(ageOn('2012-02-29', '2028-02-29')).toBe(16);
    expect(ageOn('1996-02-29', '2000-02-29')).toBe(4);
  });

  it('uses 1 March for a 29 February birthday when the target year is a century non-leap year', () => {
    expect(ageOn('1896-02-29', '1900-02-28')).toBe(3);
    expect(ageOn('1896-02-29', '1900-03-01')).toBe(4);
  });

  it('handles far past dates', () => {
    expect(ageOn('1900-01-01', '2025-06-01')).toBe(125);
    expect(ageOn('1000-01-01', '9999-12-31')).toBe(8999);
  });

  it('is zero on the day of birth and negative before it', () => {
    expect(ageOn('2025-05-05', '2025-05-05')).toBe(0);
    expect(ageOn('2025-05-05', '2025-05-04')).toBe(-1);
  });

  it('throws on malformed dates', () => {
    expect(() => ageOn('15/06/2011', '2025-06-15')).toThrow(RangeError);
    expect(() => ageOn('2011-06-15', '2025-02-30')).toThrow(RangeError);
  });

  it('grows by exactly one on each birthday (property)', () => {
    const dayArb = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 100 }), (birth, years) => {
        const birthDate = birth.toISOString().slice(0, 10);
        const birthday = dateOfTurning(birthDate, years);
        expect(ageOn(birthDate, birthday)).toBe(years);
        expect(ageOn(birthDate, addDays(birthday, -1))).toBe(years - 1);
      }),
    );
  });
});

describe('dateOfTurning', () => {
  it('gives the birthday, moving 29 February to 1 March in non-leap years', () => {
    expect(dateOfTurning('2011-06-15', 14)).toBe('2025-06-15');
    expect(dateOfTurning('2012-02-29', 14)).toBe('2026-03-01');
    expect(dateOfTurning('2012-02-29', 16)).toBe('2028-02-29');
  });
});

describe('isMinor', () => {
  it('is true until the 14th birthday', () => {
    expect(MINOR_AGE_LIMIT).toBe(14);
    expect(isMinor('2011-06-15', '2025-06-14')).toBe(true);
    expect(isMinor('2011-06-15', '2025-06-15')).toBe(false);
    expect(isMinor('2012-02-29', '2026-02-28')).toBe(true);
    expect(isMinor('2012-02-29', '2026-03-01')).toBe(false);
    expect(isMinor('1950-01-01', '2025-01-01')).toBe(false);
  });

  it('states the 29 February convention in both languages', () => {
    expect(LEAP_DAY_BIRTHDAY_CONVENTION.vi).toMatch(/29\/02.*01\/03/);
    expect(LEAP_DAY_BIRTHDAY_CONVENTION.en).toMatch(/29 February.*1 March/);
  });
});
