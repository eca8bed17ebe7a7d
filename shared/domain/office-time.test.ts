import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWireDateTime, parseWireDateTime } from './office-time';

/** The obvious implementation the fast parser must agree with. */
function reference(wire: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(wire);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(2000, mo - 1, d, h, mi, s));
  t.setUTCFullYear(y);
  if (t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return new Date(t.getTime() - 7 * 3_600_000).toISOString();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

describe('parseWireDateTime', () => {
  it('converts office time (UTC+7) to a UTC instant, across midnight and year ends', () => {
    expect(parseWireDateTime('20240615083000')).toBe('2024-06-15T01:30:00.000Z');
    expect(parseWireDateTime('20240615070000')).toBe('2024-06-15T00:00:00.000Z');
    expect(parseWireDateTime('20240615065959')).toBe('2024-06-14T23:59:59.000Z');
    expect(parseWireDateTime('20250101000000')).toBe('2024-12-31T17:00:00.000Z');
    expect(parseWireDateTime('20240301031500')).toBe('2024-02-29T20:15:00.000Z');
  });

  it('refuses what is not a calendar date-time', () => {
    for (const bad of ['20240230120000', '20230229120000', '21000229120000', '20241301120000', '20240100120000', '20240615240000', '20240615236000', '20240615235960', '2024061508300', '202406150830000', '2024061508300a', '', '-2024061508300'])
      expect(parseWireDateTime(bad), bad).toBeNull();
    expect(parseWireDateTime('20000229120000')).toBe('2000-02-29T05:00:00.000Z');
  });

  it('agrees with the Date-based reference on any 14 digits', () => {
    const wire = fc
      .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }))
      .map(([y, mo, d, h, mi, s]) => `${pad(y, 4)}${pad(mo)}${pad(d)}${pad(h)}${pad(mi)}${pad(s)}`);
    fc.assert(fc.property(wire, (w) => {
      expect(parseWireDateTime(w)).toBe(reference(w));
    }), { numRuns: 5000 });
  });

  it('round-trips with formatWireDateTime', () => {
    const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }).map((t) => new Date(Math.floor(t / 1000) * 1000));
    fc.assert(fc.property(instant, (t) => {
      expect(parseWireDateTime(formatWireDateTime(t))).toBe(t.toISOString());
    }));
  });
});
