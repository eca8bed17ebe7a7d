import { isOfficeHours } from '../../../shared/domain/office-hours';

/** How often the cache is refreshed: often while the counter is open, less at night and on days off. */
export interface PullCadence {
  readonly officeHoursMs: number;
  readonly otherwiseMs: number;
}

export const DEFAULT_PULL_CADENCE: PullCadence = { officeHoursMs: 60_000, otherwiseMs: 5 * 60_000 };

/** The wait before the next incremental pull, decided at `nowMs` (office hours in Asia/Ho_Chi_Minh). */
export function nextPullDelayMs(nowMs: number, cadence: PullCadence): number {
  return isOfficeHours(nowMs) ? cadence.officeHoursMs : cadence.otherwiseMs;
}
