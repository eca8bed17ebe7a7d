import { describe, expect, it } from 'vitest';
import { rangeProblem } from './office-range';
import { matchingQuickRange, QUICK_RANGES, quickRange } from './quick-ranges';

describe('quick ranges', () => {
  it('today is the one office day', () => {
    expect(quickRange('today', '2026-12-02')).toEqual({ from: '2026-12-02', to: '2026-12-02' });
  });

  it('a week starts on Monday: on a Monday it is that day alone, on a Sunday the six days before too', () => {
    expect(quickRange('thisWeek', '2026-11-30')).toEqual({ from: '2026-11-30', to: '2026-11-30' }); // Monday
    expect(quickRange('thisWeek', '2026-12-06')).toEqual({ from: '2026-11-30', to: '2026-12-06' }); // Sunday
    expect(quickRange('thisWeek', '2026-12-02')).toEqual({ from: '2026-11-30', to: '2026-12-02' }); // Wednesday
  });

  it('a week reaches back across a month and a year boundary', () => {
    expect(quickRange('thisWeek', '2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-01' }); // Friday
    expect(quickRange('thisWeek', '2026-03-01')).toEqual({ from: '2026-02-23', to: '2026-03-01' }); // Sunday
  });

  it('this month runs from its first day to today', () => {
    expect(quickRange('thisMonth', '2026-12-02')).toEqual({ from: '2026-12-01', to: '2026-12-02' });
    expect(quickRange('thisMonth', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
  });

  it('last month is the whole previous month: across the new year, in February of leap and common years, after a 30-day month', () => {
    expect(quickRange('lastMonth', '2027-01-15')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(quickRange('lastMonth', '2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(quickRange('lastMonth', '2027-03-31')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(quickRange('lastMonth', '2026-05-31')).toEqual({ from: '2026-04-01', to: '2026-04-30' });
  });

  it('every quick range is a range the report accepts (a 31-day month included)', () => {
    for (const today of ['2026-01-31', '2026-02-01', '2026-08-31', '2028-03-01', '2027-01-01']) {
      for (const kind of QUICK_RANGES) expect(rangeProblem(quickRange(kind, today))).toBeNull();
    }
  });

  it('recognises a custom range that equals a quick range, and none otherwise', () => {
    expect(matchingQuickRange({ from: '2026-11-01', to: '2026-11-30' }, '2026-12-02')).toBe('lastMonth');
    expect(matchingQuickRange({ from: '2026-11-02', to: '2026-11-30' }, '2026-12-02')).toBeNull();
  });
});
