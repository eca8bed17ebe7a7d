/**
 * Age in whole years on the office calendar (dates are yyyy-MM-dd in
 * Asia/Ho_Chi_Minh; get "today" with officeDate()). A person is N years old from
 * their Nth birthday; a 29 February birthday counts on 1 March in non-leap years.
 */
import type { LocalizedText } from '../validation';
import { isLeapYear, isoDateFromParts, requireIsoDate, type DateParts } from './iso-date';

/** From this age a citizen registers their own e-ID account (Decree 69/2024 Art. 7); younger ones go through a parent. */
export const MINOR_AGE_LIMIT = 14;

/** From this age a child with a căn cước card, or a foreigner with a residence card, may hold level 2 (level 1 below it). */
export const LEVEL2_FROM_AGE = 6;

/** Our stated convention for 29 February birthdays, to show in the UI next to an age. */
export const LEAP_DAY_BIRTHDAY_CONVENTION: LocalizedText = {
  vi: 'Người sinh ngày 29/02 được tính thêm tuổi vào ngày 01/03 trong những năm không nhuận.',
  en: 'For people born on 29 February, a birthday in a non-leap year counts on 1 March.',
};

/** The month and day of a birthday in `year`: 29 February counts on 1 March in non-leap years. */
function birthdayIn(birth: DateParts, year: number): { month: number; day: number } {
  return birth.month === 2 && birth.day === 29 && !isLeapYear(year) ? { month: 3, day: 1 } : { month: birth.month, day: birth.day };
}

/** The date on which someone born on `birthDate` turns `years` old. */
export function dateOfTurning(birthDate: string, years: number): string {
  const birth = requireIsoDate(birthDate, 'birth date');
  const target = birth.year + years;
  const iso = isoDateFromParts({ year: target, ...birthdayIn(birth, target) });
  if (!iso) throw new RangeError(`No birthday ${years} years after ${birthDate}`);
  return iso;
}

/**
 * Whole years from `birthDate` to `onDate`. Negative when `onDate` is before the
 * birth (bad data the caller should flag rather than show).
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = requireIsoDate(birthDate, 'birth date');
  const on = requireIsoDate(onDate, 'date');
  const years = on.year - birth.year;
  // Whether this year's birthday has come, compared by parts: no date string is built.
  const { month, day } = birthdayIn(birth, on.year);
  return on.month > month || (on.month === month && on.day >= day) ? years : years - 1;
}

/** Under 14 on the office date `today`. */
export function isMinor(birthDate: string, today: string): boolean {
  return ageOn(birthDate, today) < MINOR_AGE_LIMIT;
}
