import type { z } from 'zod';
import { daysBetween } from './office-time';

/** Longest range a report or export may cover: one month of office days. */
export const MAX_RANGE_DAYS = 31;

/** Two office days (ISO yyyy-MM-dd), both included. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

export type RangeProblem = 'reversed' | 'tooLong';

/** The start after the end: no range at all (ISO dates compare as strings). */
export const isReversed = (range: DayRange): boolean => range.from > range.to;

/** The supervisor's report, the log-book export and the CLI verbs all judge a range here. */
export function rangeProblem(range: DayRange): RangeProblem | null {
  if (isReversed(range)) return 'reversed';
  if (daysBetween(range.from, range.to) >= MAX_RANGE_DAYS) return 'tooLong';
  return null;
}

const MESSAGES: Record<RangeProblem, string> = {
  reversed: '"from" must not be after "to"',
  tooLong: `at most ${MAX_RANGE_DAYS} days`,
};

/** The rule as a zod refinement (issue on "to"), for every schema that carries a range. */
export function checkRange(range: DayRange, context: z.RefinementCtx): void {
  const problem = rangeProblem(range);
  if (problem) context.addIssue({ code: 'custom', message: MESSAGES[problem], path: ['to'] });
}
