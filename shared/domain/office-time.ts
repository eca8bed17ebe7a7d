/**
 * Office time: Asia/Ho_Chi_Minh is UTC+7 all year (no DST), so conversions are a
 * fixed offset. Instants are stored as UTC ISO-8601; every date shown or used for
 * "today" is the office's calendar date.
 */
import { daysInMonth, digitsAt, isoDateParts } from './iso-date';

export const OFFICE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 60 * 60 * 1000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The office calendar date (yyyy-MM-dd) at an instant. */
export function officeDate(instant: Date): string {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** Office wall-clock time (HH:mm) at an instant. */
export function officeTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  return `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}

/** dd/MM/yyyy from an ISO date (yyyy-MM-dd) or an instant. */
export function formatDisplayDate(value: string | Date): string {
  const iso = typeof value === 'string' ? value.slice(0, 10) : officeDate(value);
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** dd/MM/yyyy HH:mm in office time, from a UTC ISO instant. */
export function formatDisplayDateTime(instantIso: string): string {
  const instant = new Date(instantIso);
  return `${formatDisplayDate(instant)} ${officeTime(instant)}`;
}

/** Start of an office day (00:00 Asia/Ho_Chi_Minh) as a UTC instant. */
export function officeDayStart(isoDate: string): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - OFFSET_MS);
}

/** Adds whole calendar days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const t = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}

/** Milliseconds at 00:00 UTC of an ISO date (NaN when it is none); from its digits when they name a real day. */
function utcMidnight(isoDate: string): number {
  const p = isoDateParts(isoDate);
  return p ? Date.UTC(p.year, p.month - 1, p.day) : Date.parse(`${isoDate}T00:00:00Z`);
}

/**
 * NPSP wire date-time `yyyyMMddHHmmss` (office time) → UTC ISO instant; null if malformed.
 * Read digit by digit: a first import converts millions of these, and the regex plus
 * two Date round trips it replaced cost ten times as much.
 */
export function parseWireDateTime(wire: string): string | null {
  if (wire.length !== 14) return null;
  const y = digitsAt(wire, 0, 4);
  const mo = digitsAt(wire, 4, 2);
  const d = digitsAt(wire, 6, 2);
  const h = digitsAt(wire, 8, 2);
  const mi = digitsAt(wire, 10, 2);
  const s = digitsAt(wire, 12, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return null;
  if (d > daysInMonth(y, mo)) return null;
  // From 07:00 office time on, the UTC instant falls on the same calendar day: plain slicing.
  if (h >= 7 && y >= 1000) {
    const hh = h - 7;
    return `${wire.slice(0, 4)}-${wire.slice(4, 6)}-${wire.slice(6, 8)}T${hh < 10 ? '0' : ''}${hh}:${wire.slice(10, 12)}:${wire.slice(12, 14)}.000Z`;
  }
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - OFFSET_MS).toISOString();
}

/** UTC instant → NPSP wire date-time `yyyyMMddHHmmss` in office time. */
export function formatWireDateTime(instant: Date | string): string {
  const t = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  const s = new Date(t + OFFSET_MS);
  return `${s.getUTCFullYear()}${pad(s.getUTCMonth() + 1)}${pad(s.getUTCDate())}${pad(s.getUTCHours())}${pad(s.getUTCMinutes())}${pad(s.getUTCSeconds())}`;
}
