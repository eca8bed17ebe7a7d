import { parseWireDateTime } from '../../../../shared/domain/office-time';

const SLASHED = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * OpenCPS dates, office time, in either shape it emits: `dd/MM/yyyy HH:mm:ss` (also
 * without seconds or time) or `yyyyMMddHHmmss`; epoch milliseconds are taken as they are.
 * → UTC ISO instant, or null when empty or unreadable.
 */
export function parseOpencpsDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? new Date(value).toISOString() : null;
  const text = value.trim();
  if (/^\d{14}$/.test(text)) return parseWireDateTime(text);
  if (/^\d{12,13}$/.test(text)) return new Date(Number(text)).toISOString();
  const m = SLASHED.exec(text);
  if (!m) return null;
  const [, d, mo, y, h = '00', mi = '00', s = '00'] = m;
  return parseWireDateTime(`${y}${mo}${d}${h}${mi}${s}`);
}
