import type { DayRange } from './office-range';
import { addDays } from './office-time';

/** The ranges a supervisor picks with one key; custom dates stay beside them. */
export const QUICK_RANGES = ['today', 'thisWeek', 'thisMonth', 'lastMonth'] as const;
export type QuickRange = (typeof QUICK_RANGES)[number];

const parts = (iso: string): { y: number; m: number; d: number } => {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 0, d: d ?? 0 };
};
const pad = (n: number): string => String(n).padStart(2, '0');
const firstOfMonth = (y: number, m: number): string => `${y}-${pad(m)}-01`;

/**
 * The office days of a quick range, given today's office date (yyyy-MM-dd, Asia/Ho_Chi_Minh).
 * A week starts on Monday; "this week" and "this month" end today (nothing later has happened),
 * "last month" is the whole previous calendar month.
 */
export function quickRange(kind: QuickRange, today: string): DayRange {
  const { y, m } = parts(today);
  switch (kind) {
    case 'today':
      return { from: today, to: today };
    case 'thisWeek': {
      const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
      return { from: addDays(today, -((weekday + 6) % 7)), to: today };
    }
    case 'thisMonth':
      return { from: firstOfMonth(y, m), to: today };
    case 'lastMonth': {
      const start = m === 1 ? firstOfMonth(y - 1, 12) : firstOfMonth(y, m - 1);
      return { from: start, to: addDays(firstOfMonth(y, m), -1) };
    }
  }
}

/** The quick range a custom range happens to equal, so its button shows as chosen. */
export const matchingQuickRange = (range: DayRange, today: string): QuickRange | null =>
  QUICK_RANGES.find((kind) => {
    const candidate = quickRange(kind, today);
    return candidate.from === range.from && candidate.to === range.to;
  }) ?? null;
