import { addDays, officeDate, officeDayStart } from '../../shared/domain/office-time';

/** Office-calendar arithmetic for generated and applied dossiers (weekends skipped, holidays not modelled). */
export const DAY_MS = 86_400_000;

export const atOfficeTime = (isoDate: string, minutesAfterMidnight: number): number =>
  officeDayStart(isoDate).getTime() + minutesAfterMidnight * 60_000;

export function isWeekend(isoDate: string): boolean {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** The previous working day when `isoDate` falls on a weekend. */
export function toWorkingDay(isoDate: string): string {
  let d = isoDate;
  while (isWeekend(d)) d = addDays(d, -1);
  return d;
}

/** The appointment (NgayHenTra): `workingDays` working days after receipt, at 16:30 office time. */
export function dueAfter(receivedMs: number, workingDays: number): number {
  let d = officeDate(new Date(receivedMs));
  let left = workingDays;
  while (left > 0) {
    d = addDays(d, 1);
    if (!isWeekend(d)) left--;
  }
  return atOfficeTime(d, 16 * 60 + 30);
}

export const toSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;
