/**
 * Vietnamese public holidays for civil servants, 2025–2027: the weekdays the
 * one-stop shop is closed (holidays, Tết, and compensatory days when a holiday falls
 * on a weekend), plus Saturdays worked in exchange for a bridging day off.
 *
 * MUST BE UPDATED EVERY YEAR when the Ministry of Home Affairs / Government announces
 * the holiday schedule (Labour Code 2019 Art. 112; civil servants' days off are set
 * each year). Entries marked 'official' follow the schedule announced for that year;
 * entries marked 'rule' are derived by us from the Labour Code rule and the lunar
 * calendar because no decision was known when this list was written: check them.
 * Lunar dates use the Vietnamese calendar (UTC+7), which can differ by a day from
 * the Chinese one (2027: Tết is 6 February in Vietnam, 7 February in China).
 */
import type { LocalizedText } from '../validation';

export type HolidaySource = 'official' | 'rule';

export interface PublicHoliday {
  date: string;
  name: LocalizedText;
  source: HolidaySource;
}

export interface MakeUpWorkingDay {
  /** A Saturday worked... */
  date: string;
  /** ...in exchange for this weekday off. */
  replaces: string;
  source: HolidaySource;
}

/** Years this list covers; outside them only weekends are skipped (see holidaysKnownFor). */
export const VN_HOLIDAY_YEARS: readonly number[] = [2025, 2026, 2027];

const NEW_YEAR: LocalizedText = { vi: 'Tết Dương lịch', en: "New Year's Day" };
const TET: LocalizedText = { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' };
const HUNG_KINGS: LocalizedText = { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: 'Hùng Kings Commemoration (10th day, 3rd lunar month)' };
const REUNIFICATION: LocalizedText = { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' };
const LABOUR: LocalizedText = { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' };
const NATIONAL: LocalizedText = { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' };
const BRIDGE: LocalizedText = { vi: 'Nghỉ hoán đổi (làm bù ngày khác)', en: 'Bridging day off (worked on another day)' };
const COMPENSATORY: LocalizedText = { vi: 'Nghỉ bù (ngày lễ trùng cuối tuần)', en: 'Compensatory day off (holiday fell on a weekend)' };

const days = (dates: string[], name: LocalizedText, source: HolidaySource): PublicHoliday[] =>
  dates.map((date) => ({ date, name, source }));

/** Weekdays off. Weekend days inside a holiday period are not listed: they are skipped anyway. */
export const VN_PUBLIC_HOLIDAYS: readonly PublicHoliday[] = [
  // 2025: schedule announced for civil servants (Tết 25/01–02/02; 30/4–4/5 with 2/5 swapped for Sat 26/4; 2/9 with 1/9).
  ...days(['2025-01-01'], NEW_YEAR, 'official'),
  ...days(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], TET, 'official'),
  ...days(['2025-04-07'], HUNG_KINGS, 'official'),
  ...days(['2025-04-30'], REUNIFICATION, 'official'),
  ...days(['2025-05-01'], LABOUR, 'official'),
  ...days(['2025-05-02'], BRIDGE, 'official'),
  ...days(['2025-09-01', '2025-09-02'], NATIONAL, 'official'),
  // 2026: Tết 14/02–22/02 as announced; the rest derived from the rule.
  ...days(['2026-01-01'], NEW_YEAR, 'rule'),
  ...days(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], TET, 'official'),
  ...days(['2026-04-27'], COMPENSATORY, 'rule'), // 10/3 lunar is Sunday 26/04/2026
  ...days(['2026-04-30'], REUNIFICATION, 'rule'),
  ...days(['2026-05-01'], LABOUR, 'rule'),
  ...days(['2026-09-01', '2026-09-02'], NATIONAL, 'rule'), // adjacent day chosen by decree: check
  // 2027: derived from the rule; Tết (6/2, Saturday) with compensatory days; check against the decision.
  ...days(['2027-01-01'], NEW_YEAR, 'rule'),
  ...days(['2027-02-05', '2027-02-08', '2027-02-09'], TET, 'rule'),
  ...days(['2027-02-10', '2027-02-11'], COMPENSATORY, 'rule'),
  ...days(['2027-04-16'], HUNG_KINGS, 'rule'),
  ...days(['2027-04-30'], REUNIFICATION, 'rule'),
  ...days(['2027-05-03'], COMPENSATORY, 'rule'), // 1/5 is Saturday
  ...days(['2027-09-02', '2027-09-03'], NATIONAL, 'rule'),
];

export const VN_MAKE_UP_WORKING_DAYS: readonly MakeUpWorkingDay[] = [
  { date: '2025-04-26', replaces: '2025-05-02', source: 'official' },
];

/** True when the list above covers `year`; the UI should warn when counting into an uncovered year. */
export function holidaysKnownFor(year: number): boolean {
  return VN_HOLIDAY_YEARS.includes(year);
}
