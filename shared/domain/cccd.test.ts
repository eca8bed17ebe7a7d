import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cccdMatches, centuryGenderDigit, makeCccd, parseCccd } from './cccd';

describe('CCCD', () => {
  it('reads century and gender from the fourth digit', () => {
    expect(parseCccd('079203001234')).toEqual({ ok: true, parts: { province: '079', gender: 'male', birthYear: 2003, serial: '001234' } });
    expect(parseCccd('001190000001')).toMatchObject({ ok: true, parts: { gender: 'female', birthYear: 1990 } });
    expect(parseCccd('001590000001')).toMatchObject({ ok: true, parts: { gender: 'female', birthYear: 2190 } });
  });

  it('rejects wrong lengths and non-digits but never the province', () => {
    expect(parseCccd('07920300123')).toEqual({ ok: false, problem: 'format' });
    expect(parseCccd('07920300123a')).toEqual({ ok: false, problem: 'format' });
    expect(parseCccd('999203001234').ok).toBe(true);
  });

  it('generated numbers agree with the birth year and gender they were made for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2399 }), fc.constantFrom('male' as const, 'female' as const), fc.integer(), (year, gender, seed) => {
        let s = seed;
        const pick = (n: number): number => Math.abs((s = (s * 1103515245 + 12345) | 0)) % n;
        const id = makeCccd(year, gender, pick);
        expect(id).toMatch(/^\d{12}$/);
        expect(cccdMatches(id, `${year}-06-01`, gender)).toBe(true);
        expect(cccdMatches(id, `${year + 1}-06-01`, gender)).toBe(false);
        expect(cccdMatches(id, `${year}-06-01`, gender === 'male' ? 'female' : 'male')).toBe(false);
      }),
    );
  });

  it('has no century digit outside 1900–2399', () => {
    expect(centuryGenderDigit(1899, 'male')).toBeNull();
    expect(centuryGenderDigit(2400, 'female')).toBeNull();
    expect(centuryGenderDigit(2024, 'female')).toBe(3);
  });
});
