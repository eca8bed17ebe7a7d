import type { OfficeRange } from '../../../shared/contract/supervisor';
import { officeDate } from '../../../shared/domain/office-time';

/** Today in office time (Asia/Ho_Chi_Minh), as a one-day range. */
export const todayRange = (now: Date = new Date()): OfficeRange => {
  const today = officeDate(now);
  return { from: today, to: today };
};
