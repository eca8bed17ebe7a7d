import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkRange, isReversed, MAX_RANGE_DAYS, rangeProblem } from './office-range';

describe('office-day ranges', () => {
  it('takes one day, and up to MAX_RANGE_DAYS days counting both ends', () => {
    expect(rangeProblem({ from: '2026-06-15', to: '2026-06-15' })).toBeNull();
    expect(MAX_RANGE_DAYS).toBe(31);
    expect(rangeProblem({ from: '2026-01-01', to: '2026-01-31' })).toBeNull();
    expect(rangeProblem({ from: '2026-01-01', to: '2026-02-01' })).toBe('tooLong');
  });

  it('refuses a start after the end, whatever the span', () => {
    expect(isReversed({ from: '2026-06-16', to: '2026-06-15' })).toBe(true);
    expect(rangeProblem({ from: '2026-06-16', to: '2026-06-15' })).toBe('reversed');
    expect(rangeProblem({ from: '2027-01-01', to: '2026-01-01' })).toBe('reversed');
  });

  it('reports the same rule as a zod issue on "to"', () => {
    const schema = z.object({ from: z.iso.date(), to: z.iso.date() }).superRefine(checkRange);
    expect(schema.safeParse({ from: '2026-06-01', to: '2026-06-30' }).success).toBe(true);
    const reversed = schema.safeParse({ from: '2026-06-02', to: '2026-06-01' });
    expect(reversed.success ? [] : reversed.error.issues.map((i) => [i.path, i.message])).toEqual([[['to'], '"from" must not be after "to"']]);
    const long = schema.safeParse({ from: '2026-01-01', to: '2026-03-01' });
    expect(long.success ? [] : long.error.issues.map((i) => [i.path, i.message])).toEqual([[['to'], 'at most 31 days']]);
  });
});
