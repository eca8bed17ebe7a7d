import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCccd } from './cccd';
import { checkBirthDate, contactIssues, parseDisplayDate } from './intake-rules';

const TODAY = '2026-12-02';
const fields = (idNumber: string | null, phone: string | null, kind: 'citizen' | 'foreigner' | 'organisation' = 'citizen') =>
  contactIssues({ kind, idNumber, phone }, TODAY).map((issue) => issue.field);

describe('applicant ID number', () => {
  it('accepts a citizen\'s 12-digit number whatever its province digits, with spaces from copying', () => {
    expect(fields('079190001234', null)).toEqual([]);
    expect(fields('999 203 001 234', null)).toEqual([]);
  });

  it('refuses what the issue saw slip through: "12345", letters, 11 or 13 digits', () => {
    for (const bad of ['12345', 'abc', '07919000123', '0791900012345', '07919000123a']) expect(fields(bad, null), bad).toEqual(['idNumber']);
  });

  it('refuses a century digit that puts the birth year after today', () => {
    // 4 → 2100s; 2 → 2000s, year 27 is after 2026.
    expect(fields('079401001234', null)).toEqual(['idNumber']);
    expect(fields('079227001234', null)).toEqual(['idNumber']);
    expect(fields('079226001234', null)).toEqual([]);
  });

  it('takes a passport from a foreigner and a tax code from an organisation, not the other way round', () => {
    expect(fields('B1234567', null, 'foreigner')).toEqual([]);
    expect(fields('0312345678', null, 'foreigner')).toEqual(['idNumber']);
    expect(fields('0312345678-001', null, 'organisation')).toEqual([]);
    expect(fields('079190001234', null, 'organisation')).toEqual(['idNumber']);
    expect(fields('B1234567', null, 'citizen')).toEqual(['idNumber']);
  });

  it('accepts every number made for a birth year up to today, and names the field in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2026 }), fc.constantFrom('male' as const, 'female' as const), fc.nat(), (year, gender, seed) => {
        expect(fields(makeCccd(year, gender, (n) => seed % n), null)).toEqual([]);
      }),
    );
    const [issue] = contactIssues({ kind: 'citizen', idNumber: '12345', phone: null }, TODAY);
    expect(issue?.message.vi).toMatch(/12 chữ số/);
    expect(issue?.message.en).toMatch(/12 digits/);
  });
});

describe('applicant phone', () => {
  it('accepts mobiles and landlines in national or +84 form', () => {
    for (const good of ['0912345678', '091 234 5678', '+84 912 345 678', '02343822123']) expect(fields(null, good), good).toEqual([]);
  });

  it('refuses "abc", short numbers and unknown prefixes', () => {
    for (const bad of ['abc', '12345', '0112345678', '09123456789']) expect(fields(null, bad), bad).toEqual(['phone']);
  });

  it('leaves empty fields alone: both are optional', () => {
    expect(fields(null, null)).toEqual([]);
    expect(fields('  ', '')).toEqual([]);
  });
});

describe('dates typed as dd/MM/yyyy', () => {
  it('reads real calendar dates only', () => {
    expect(parseDisplayDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDisplayDate('1/5/1990')).toBe('1990-05-01');
    for (const bad of ['29/02/2025', '31/04/2026', '00/01/2000', '12/13/2000', '2024-02-29', '']) expect(parseDisplayDate(bad), bad).toBeNull();
  });

  it('round-trips every real date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-');
        expect(parseDisplayDate(`${d}/${m}/${y}`)).toBe(iso);
      }),
    );
  });

  it('refuses a birth date after the office day', () => {
    expect(checkBirthDate('02/12/2026', TODAY)).toEqual({ ok: true, iso: '2026-12-02' });
    expect(checkBirthDate('03/12/2026', TODAY)).toMatchObject({ ok: false, message: { en: 'A birth date cannot be after today.' } });
    expect(checkBirthDate('31/02/1990', TODAY)).toMatchObject({ ok: false });
  });
});
