/**
 * Office time: Asia/Ho_Chi_Minh is UTC+7 all year (no DST), so conversions are a
 * fixed offset. Instants are stored as UTC ISO-8601; every date shown or used for
 * "today" is the office's calendar date.
 */
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
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const WIRE = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/** NPSP wire date-time `yyyyMMddHHmmss` (office time) → UTC ISO instant; null if malformed. */
export function parseWireDateTime(wire: string): string | null {
  const m = WIRE.exec(wire);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - OFFSET_MS;
  const check = new Date(utc + OFFSET_MS);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return new Date(utc).toISOString();
}

/** UTC instant → NPSP wire date-time `yyyyMMddHHmmss` in office time. */
export function formatWireDateTime(instant: Date | string): string {
  const t = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  const s = new Date(t + OFFSET_MS);
  return `${s.getUTCFullYear()}${pad(s.getUTCMonth() + 1)}${pad(s.getUTCDate())}${pad(s.getUTCHours())}${pad(s.getUTCMinutes())}${pad(s.getUTCSeconds())}`;
}
