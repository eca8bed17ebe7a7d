import type { LocalizedText } from '../validation';
import { formatDisplayDate } from './office-time';
import { isoDateFromParts, isoDateParts } from './iso-date';

const DISPLAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** An office date typed as dd/MM/yyyy (or already yyyy-MM-dd) → yyyy-MM-dd; null when it is no real day. */
export function parseOfficeDateInput(text: string): string | null {
  const trimmed = text.trim();
  const m = DISPLAY.exec(trimmed);
  if (m) return isoDateFromParts({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) });
  return isoDateParts(trimmed) ? trimmed : null;
}

export const IMPOSSIBLE_DATE: LocalizedText = {
  vi: 'Ngày không có thật hoặc không đúng dạng ngày/tháng/năm (dd/MM/yyyy).',
  en: 'Not a real date, or not in the form day/month/year (dd/MM/yyyy).',
};

/**
 * The new appointment date of an apology and extension (form 04 of Circular 03/2025):
 * later than the current appointment date and not in the past. Null when it may be set.
 * After delivery the dossier's due date is this one, and timeliness counts against it.
 */
export function newDueDateProblem(newDueDate: string, facts: { readonly currentDueDate: string | null; readonly today: string }): LocalizedText | null {
  if (!isoDateParts(newDueDate)) return IMPOSSIBLE_DATE;
  if (newDueDate < facts.today) {
    return {
      vi: `Ngày hẹn trả mới ${formatDisplayDate(newDueDate)} đã qua (hôm nay ${formatDisplayDate(facts.today)}).`,
      en: `The new due date ${formatDisplayDate(newDueDate)} is in the past (today is ${formatDisplayDate(facts.today)}).`,
    };
  }
  if (facts.currentDueDate !== null && newDueDate <= facts.currentDueDate) {
    return {
      vi: `Ngày hẹn trả mới phải sau ngày hẹn hiện tại ${formatDisplayDate(facts.currentDueDate)}.`,
      en: `The new due date must be after the current due date ${formatDisplayDate(facts.currentDueDate)}.`,
    };
  }
  return null;
}
