/**
 * Dossier code (mã hồ sơ): `{agency e-ID code}-{yymmdd}-{daily sequence}`, e.g.
 * `H15.50.05.13-261008-0975`. The sequence resets per agency per day; it has 4 digits,
 * ministries may use 6–7. The date is the office day the portal assigned the code.
 */
export interface DossierCodeParts {
  readonly agency: string;
  /** Office date, yyyy-MM-dd. */
  readonly date: string;
  readonly sequence: number;
}

export const AGENCY_CODE = /^[0-9A-Z]{1,4}(\.[0-9A-Z]{1,4}){2,4}$/;
const DOSSIER_CODE = /^([0-9A-Z]{1,4}(?:\.[0-9A-Z]{1,4}){2,4})-(\d{2})(\d{2})(\d{2})-(\d{4,7})$/;
/** The same pattern as a string, for wire schemas. */
export const DOSSIER_CODE_PATTERN = DOSSIER_CODE.source;

export function parseDossierCode(code: string): DossierCodeParts | null {
  const m = DOSSIER_CODE.exec(code);
  if (!m) return null;
  const [, agency, yy, mm, dd, seq] = m as unknown as [string, string, string, string, string, string];
  const date = `20${yy}-${mm}-${dd}`;
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) return null;
  const sequence = Number(seq);
  if (sequence < 1) return null;
  return { agency, date, sequence };
}

export const isDossierCode = (code: string): boolean => parseDossierCode(code) !== null;

/** Formats a code; the sequence is padded to 4 digits and may grow to 7. */
export function formatDossierCode(parts: DossierCodeParts): string {
  if (!AGENCY_CODE.test(parts.agency)) throw new RangeError(`bad agency code ${parts.agency}`);
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > 9_999_999) {
    throw new RangeError(`bad daily sequence ${parts.sequence}`);
  }
  const [y, m, d] = parts.date.split('-');
  if (!y || !m || !d || y.length !== 4) throw new RangeError(`bad date ${parts.date}`);
  return `${parts.agency}-${y.slice(2)}${m}${d}-${String(parts.sequence).padStart(4, '0')}`;
}
