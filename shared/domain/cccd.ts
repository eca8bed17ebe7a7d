/**
 * Personal identification number (CCCD), 12 digits, no check digit:
 * `PPP G YY NNNNNN` — PPP birth-registration province (or a country code for births
 * abroad, so it is never rejected), G century + gender, YY last two digits of the
 * birth year, then 6 random digits. G and YY must agree with the date of birth.
 */
export type Gender = 'male' | 'female';

export interface CccdParts {
  readonly province: string;
  readonly gender: Gender;
  readonly birthYear: number;
  readonly serial: string;
}

export type CccdProblem = 'format' | 'century';

const CCCD = /^(\d{3})(\d)(\d{2})(\d{6})$/;

/** Splits a CCCD into its parts; null reasons: not 12 digits, or a century digit outside 1900–2399. */
export function parseCccd(value: string): { ok: true; parts: CccdParts } | { ok: false; problem: CccdProblem } {
  const m = CCCD.exec(value);
  if (!m) return { ok: false, problem: 'format' };
  const [, province, g, yy, serial] = m as unknown as [string, string, string, string, string];
  const digit = Number(g);
  const century = 1900 + Math.floor(digit / 2) * 100;
  if (century > 2300) return { ok: false, problem: 'century' };
  return {
    ok: true,
    parts: { province, gender: digit % 2 === 0 ? 'male' : 'female', birthYear: century + Number(yy), serial },
  };
}

export const isCccdFormat = (value: string): boolean => parseCccd(value).ok;

/** The century + gender digit for a birth year and gender; null outside 1900–2399. */
export function centuryGenderDigit(birthYear: number, gender: Gender): number | null {
  if (birthYear < 1900 || birthYear > 2399) return null;
  return Math.floor((birthYear - 1900) / 100) * 2 + (gender === 'female' ? 1 : 0);
}

/** True when the CCCD's century/gender digit and year agree with the birth date (yyyy-MM-dd) and gender. */
export function cccdMatches(value: string, birthDate: string, gender: Gender): boolean {
  const parsed = parseCccd(value);
  if (!parsed.ok) return false;
  return parsed.parts.birthYear === Number(birthDate.slice(0, 4)) && parsed.parts.gender === gender;
}

/** Province codes used by the generator (a sample of real ones; parsing accepts any 3 digits). */
export const CCCD_PROVINCE_CODES = [
  '001', '002', '004', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025',
  '026', '027', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046',
  '048', '049', '051', '052', '054', '056', '058', '060', '062', '064', '066', '067', '068', '070', '072',
  '074', '075', '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093', '094',
  '095', '096',
] as const;

/**
 * Builds a CCCD for a birth year and gender. `pick(n)` returns an integer in [0, n):
 * the caller's seeded generator, so the simulator stays deterministic. `serial` (0–999999)
 * lets a caller guarantee uniqueness instead of drawing the last six digits.
 */
export function makeCccd(birthYear: number, gender: Gender, pick: (n: number) => number, serial?: number): string {
  const digit = centuryGenderDigit(birthYear, gender);
  if (digit === null) throw new RangeError(`birth year ${birthYear} has no CCCD century digit`);
  const province = CCCD_PROVINCE_CODES[pick(CCCD_PROVINCE_CODES.length)] ?? '001';
  const last6 = String(serial ?? pick(1_000_000)).padStart(6, '0');
  return `${province}${digit}${String(birthYear % 100).padStart(2, '0')}${last6}`;
}
