import { officeDate, officeDayStart } from './office-time';
import { isWorkingDay } from './working-days';

const MINUTE_MS = 60_000;

/** Counter opening hours in minutes after midnight, office time: 07:30–11:30 and 13:30–17:00. */
export const OFFICE_SESSIONS: readonly (readonly [number, number])[] = [
  [7 * 60 + 30, 11 * 60 + 30],
  [13 * 60 + 30, 17 * 60],
];

/** Minutes since midnight, office time (Asia/Ho_Chi_Minh), of the instant `ms`. */
export const officeMinutesOf = (ms: number): number => (ms - officeDayStart(officeDate(new Date(ms))).getTime()) / MINUTE_MS;

/** Whether a counter is open at `ms`: a working day (weekends and holidays skipped), inside a session. */
export function isOfficeHours(ms: number): boolean {
  if (!isWorkingDay(officeDate(new Date(ms)))) return false;
  const m = officeMinutesOf(ms);
  return OFFICE_SESSIONS.some(([from, to]) => m >= from && m < to);
}
