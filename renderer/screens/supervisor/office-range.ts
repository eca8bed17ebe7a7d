import { MAX_RANGE_DAYS, type OfficeRange } from '../../../shared/contract/supervisor';
import { daysBetween, officeDate } from '../../../shared/domain/office-time';

/** Today in office time (Asia/Ho_Chi_Minh), as a one-day range. */
export const todayRange = (now: Date = new Date()): OfficeRange => {
  const today = officeDate(now);
  return { from: today, to: today };
};

export type RangeProblem = 'reversed' | 'tooLong' | null;

/** Mirrors the contract's refinements so the officer sees the reason before any call. */
export function rangeProblem(range: { from: string; to: string }): RangeProblem {
  if (range.from > range.to) return 'reversed';
  if (daysBetween(range.from, range.to) >= MAX_RANGE_DAYS) return 'tooLong';
  return null;
}
