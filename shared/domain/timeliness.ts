/**
 * Timeliness of a dossier against its appointment date (NgayHenTra), compared as
 * office calendar dates (yyyy-MM-dd). Resolved: returned early / on time / late.
 * Unresolved: due today, not yet due (days left) or overdue (by N days).
 */
import type { LocalizedText } from '../validation';
import { daysBetween } from './office-time';
import { requireIsoDate } from './iso-date';

export type Timeliness =
  | { kind: 'early'; days: number }
  | { kind: 'on_time' }
  | { kind: 'late'; days: number }
  | { kind: 'due_today' }
  | { kind: 'not_due'; days: number }
  | { kind: 'overdue'; days: number };

export type TimelinessKind = Timeliness['kind'];

export interface DueFacts {
  /** Appointment date (NgayHenTra). */
  dueDate: string;
  /** Date the result was returned (NgayTra); null while unresolved. */
  returnedDate: string | null;
}

/** Classifies a dossier on the office date `today` (used only while unresolved). */
export function timeliness({ dueDate, returnedDate }: DueFacts, today: string): Timeliness {
  requireIsoDate(dueDate, 'due date');
  if (returnedDate !== null) {
    requireIsoDate(returnedDate, 'returned date');
    const early = daysBetween(returnedDate, dueDate);
    if (early > 0) return { kind: 'early', days: early };
    if (early === 0) return { kind: 'on_time' };
    return { kind: 'late', days: -early };
  }
  requireIsoDate(today, 'today');
  const left = daysBetween(today, dueDate);
  if (left > 0) return { kind: 'not_due', days: left };
  if (left === 0) return { kind: 'due_today' };
  return { kind: 'overdue', days: -left };
}

/** Short labels without counts, e.g. for filters and legends. */
export const TIMELINESS_LABELS: Record<TimelinessKind, LocalizedText> = {
  early: { vi: 'Trước hạn', en: 'Early' },
  on_time: { vi: 'Đúng hạn', en: 'On time' },
  late: { vi: 'Trả quá hạn', en: 'Returned late' },
  due_today: { vi: 'Đến hạn hôm nay', en: 'Due today' },
  not_due: { vi: 'Chưa đến hạn', en: 'Not yet due' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
};

const dayWord = (n: number): string => (n === 1 ? 'day' : 'days');

/** Label with its count, e.g. "Quá hạn 3 ngày" / "Overdue by 3 days". */
export function timelinessLabel(t: Timeliness): LocalizedText {
  switch (t.kind) {
    case 'early':
      return { vi: `Trước hạn ${t.days} ngày`, en: `${t.days} ${dayWord(t.days)} early` };
    case 'late':
      return { vi: `Trả quá hạn ${t.days} ngày`, en: `${t.days} ${dayWord(t.days)} late` };
    case 'not_due':
      return { vi: `Còn ${t.days} ngày`, en: `${t.days} ${dayWord(t.days)} left` };
    case 'overdue':
      return { vi: `Quá hạn ${t.days} ngày`, en: `Overdue by ${t.days} ${dayWord(t.days)}` };
    case 'on_time':
    case 'due_today':
      return TIMELINESS_LABELS[t.kind];
  }
}
