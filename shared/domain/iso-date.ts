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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** The number in `text[from, from + width)` when every character there is an ASCII digit, else -1. */
export function digitsAt(text: string, from: number, width: number): number {
  let n = 0;
  for (let i = from; i < from + width; i++) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

const isRealDay = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
  year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** yyyy-MM-dd for a real calendar day (years 1000–9999), else null (31/02, month 13...). */
export function isoDateFromParts({ year, month, day }: DateParts): string | null {
  return isRealDay(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

/**
 * Parts of a valid ISO date, or null. Read digit by digit: every results line checks
 * a few dates, and the regex plus the string it rebuilt were most of what its VNeID state cost.
 */
export function isoDateParts(iso: string): DateParts | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  return isRealDay(year, month, day) ? { year, month, day } : null;
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
