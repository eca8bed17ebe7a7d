import { addDays, officeDate, officeDayStart } from '../../shared/domain/office-time';
import { addWorkingDays, isWorkingDay } from '../../shared/domain/working-days';
import { OFFICE_SESSIONS, officeMinutesOf } from '../../shared/domain/office-hours';

export { OFFICE_SESSIONS, isOfficeHours } from '../../shared/domain/office-hours';

/** Office-calendar arithmetic for generated and applied dossiers (weekends and the holiday list skipped). */
export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

const CLOSING = 17 * 60;

export const atOfficeTime = (isoDate: string, minutesAfterMidnight: number): number =>
  officeDayStart(isoDate).getTime() + minutesAfterMidnight * MINUTE_MS;

/** When results are due on an appointment day: the counter's closing time. */
export const dueOn = (isoDate: string): number => atOfficeTime(isoDate, CLOSING);

/** The working day on or before `isoDate`. */
export function toWorkingDay(isoDate: string): string {
  let d = isoDate;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/** `ms` itself when the counter is open then, else the next opening (a session start on a working day). */
export function nextOpening(ms: number): number {
  let day = officeDate(new Date(ms));
  const m = officeMinutesOf(ms);
  if (isWorkingDay(day)) {
    for (const [from, to] of OFFICE_SESSIONS) {
      if (m < from) return atOfficeTime(day, from);
      if (m < to) return ms;
    }
  }
  do day = addDays(day, 1);
  while (!isWorkingDay(day));
  return atOfficeTime(day, OFFICE_SESSIONS[0]?.[0] ?? 450);
}

/** A random moment in office hours on `isoDate` (a working day), from `pick(n)` in [0, n). */
export function officeMomentOn(isoDate: string, pick: (n: number) => number): number {
  const open = OFFICE_SESSIONS.reduce((sum, [from, to]) => sum + to - from, 0);
  let offset = pick(open);
  for (const [from, to] of OFFICE_SESSIONS) {
    if (offset < to - from) return atOfficeTime(isoDate, from + offset);
    offset -= to - from;
  }
  return atOfficeTime(isoDate, OFFICE_SESSIONS[0]?.[0] ?? 450);
}

/**
 * The appointment (NgayHenTra): `workingDays` working days after the receipt day, at
 * closing time; a same-day procedure is due at closing on the receipt day, never before it.
 */
export function dueAfter(receivedMs: number, workingDays: number): number {
  const due = dueOn(addWorkingDays(officeDate(new Date(receivedMs)), workingDays));
  return Math.max(due, receivedMs);
}

export const toSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;
