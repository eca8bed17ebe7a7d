/**
 * The identifier an officer gives for an applicant: a 12-digit personal ID number
 * (citizens, certificate holders), a passport number (foreigners) or an organisation's
 * tax / enterprise code (10 digits, or 10 + "-" + 3 for a branch). Spaces and dots from
 * copying are ignored; anything else of the wrong shape is refused with the reason.
 */
import type { LocalizedText } from '../validation';

export type ApplicantIdKind = 'personal_id' | 'passport' | 'tax_code';
export type ApplicantId = { ok: true; kind: ApplicantIdKind; value: string } | { ok: false; reason: LocalizedText };

const PERSONAL_ID = /^\d{12}$/;
const TAX_CODE = /^\d{10}(?:-\d{3})?$/;
// ICAO documents: 6–9 letters and digits, at least one letter (Vietnamese ones: a letter and 7 digits).
const PASSPORT = /^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,9}$/;

const REFUSED: LocalizedText = {
  vi: 'Mã người nộp không hợp lệ: nhập số định danh 12 chữ số, số hộ chiếu, hoặc mã số thuế / mã số doanh nghiệp 10 chữ số (chi nhánh: 10 chữ số-3 chữ số).',
  en: 'Not an applicant identifier: enter a 12-digit ID number, a passport number, or a 10-digit tax / enterprise code (branch: 10 digits-3 digits).',
};

export function parseApplicantId(input: string): ApplicantId {
  const text = input.replace(/[\s.]/g, '').toUpperCase();
  if (PERSONAL_ID.test(text)) return { ok: true, kind: 'personal_id', value: text };
  if (/^\d{13}$/.test(text)) return { ok: true, kind: 'tax_code', value: `${text.slice(0, 10)}-${text.slice(10)}` };
  if (TAX_CODE.test(text)) return { ok: true, kind: 'tax_code', value: text };
  if (PASSPORT.test(text)) return { ok: true, kind: 'passport', value: text };
  return { ok: false, reason: REFUSED };
}
