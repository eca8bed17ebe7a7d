/**
 * Appointment dates from a time limit in working days. Convention: the receipt day
 * is day 0 and day 1 is the first working day after it, so n working days after a
 * receipt is the nth working day that follows. Saturdays and Sundays are skipped,
 * as are public holidays, except Saturdays worked in exchange for a bridging day.
 */
import { addDays } from './office-time';
import { requireIsoDate, weekday } from './iso-date';
import { VN_MAKE_UP_WORKING_DAYS, VN_PUBLIC_HOLIDAYS } from './holidays-vn';

export interface WorkingCalendar {
  /** Weekdays off (yyyy-MM-dd). */
  holidays: ReadonlySet<string>;
  /** Weekend days worked (yyyy-MM-dd). */
  workingWeekendDays: ReadonlySet<string>;
}

export function workingCalendar(holidays: Iterable<string>, workingWeekendDays: Iterable<string> = []): WorkingCalendar {
  return { holidays: new Set(holidays), workingWeekendDays: new Set(workingWeekendDays) };
}

/** The shipped Vietnamese calendar (holidays-vn.ts). */
export const VN_WORKING_CALENDAR: WorkingCalendar = workingCalendar(
  VN_PUBLIC_HOLIDAYS.map((h) => h.date),
  VN_MAKE_UP_WORKING_DAYS.map((d) => d.date),
);

export function isWorkingDay(isoDate: string, calendar: WorkingCalendar = VN_WORKING_CALENDAR): boolean {
  const day = weekday(isoDate);
  if (day === 0 || day === 6) return calendar.workingWeekendDays.has(isoDate);
  return !calendar.holidays.has(isoDate);
}

// A guard against a calendar with no working days at all (e.g. a bad holiday list).
const MAX_SCAN_DAYS = 366 * 50;

/** The nth working day after `startIsoDate` (n = 0 returns the start date itself). */
export function addWorkingDays(startIsoDate: string, n: number, calendar: WorkingCalendar = VN_WORKING_CALENDAR): string {
  requireIsoDate(startIsoDate, 'start date');
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0, got ${n}`);
  let date = startIsoDate;
  let counted = 0;
  for (let scanned = 0; counted < n; scanned += 1) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError('The working calendar has no working days');
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) counted += 1;
  }
  return date;
}

/** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar = VN_WORKING_CALENDAR): number {
  requireIsoDate(from, 'start date');
  requireIsoDate(to, 'end date');
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (isWorkingDay(date, calendar)) count += 1;
  }
  return count;
}
