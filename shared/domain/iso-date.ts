/** Calendar dates as ISO strings (yyyy-MM-dd): checks and parts, no time zones involved. */

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** yyyy-MM-dd for a real calendar day (years 1000–9999), else null (31/02, month 13...). */
export function isoDateFromParts({ year, month, day }: DateParts): string | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parts of a valid ISO date, or null. */
export function isoDateParts(iso: string): DateParts | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isoDateFromParts(parts) === null ? null : parts;
}

/** Parts of an ISO date the caller guarantees; throws RangeError on a malformed one. */
export function requireIsoDate(iso: string, what = 'date'): DateParts {
  const parts = isoDateParts(iso);
  if (!parts) throw new RangeError(`Invalid ${what}: expected yyyy-MM-dd, got "${iso}"`);
  return parts;
}

/** Day of week of an ISO date: 0 Sunday … 6 Saturday. */
export function weekday(iso: string): number {
  const { year, month, day } = requireIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
