/**
 * The checks a new dossier's applicant details pass at the counter and at the portal alike
 * (the simulator applies these same functions), so a bad ID number or phone is caught while
 * the citizen is still at the desk, not after they have left.
 */
import type { LocalizedText } from '../validation';
import { parseApplicantId } from './applicant-id';
import { parseCccd } from './cccd';
import { isoDateFromParts } from './iso-date';
import type { AccountKind } from './linkage-facts';
import { normalisePhone } from './query-recognise';

export type ContactField = 'idNumber' | 'phone';
export interface ContactIssue {
  readonly field: ContactField;
  readonly message: LocalizedText;
}

export interface ApplicantContact {
  readonly kind: AccountKind;
  readonly idNumber: string | null;
  readonly phone: string | null;
}

const MESSAGES = {
  personalId: {
    vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số (3 số mã tỉnh, 1 số thế kỷ và giới tính, 2 số năm sinh, 6 số ngẫu nhiên).',
    en: 'A personal ID number is exactly 12 digits (3 province, 1 century and sex, 2 birth year, 6 random).',
  },
  century: {
    vi: 'Số định danh không hợp lệ: chữ số thứ 4 (thế kỷ và giới tính) cho năm sinh sau hôm nay.',
    en: 'Not a valid ID number: its 4th digit (century and sex) gives a birth year after today.',
  },
  foreignerId: {
    vi: 'Người nước ngoài: nhập số hộ chiếu (6–9 chữ và số) hoặc số định danh 12 chữ số.',
    en: 'Foreigner: enter a passport number (6–9 letters and digits) or a 12-digit ID number.',
  },
  organisationId: {
    vi: 'Tổ chức: nhập mã số thuế / mã số doanh nghiệp 10 chữ số (chi nhánh: 10 chữ số-3 chữ số).',
    en: 'Organisation: enter a 10-digit tax / enterprise code (branch: 10 digits-3 digits).',
  },
  phone: {
    vi: 'Số điện thoại không hợp lệ: di động 10 số (03, 05, 07, 08, 09…) hoặc cố định 11 số (02…); có thể bắt đầu bằng +84.',
    en: 'Not a phone number: a 10-digit mobile (03, 05, 07, 08, 09…) or an 11-digit landline (02…); +84 is accepted.',
  },
} as const satisfies Record<string, LocalizedText>;

/** Why a 12-digit personal ID number cannot be right on this office day (yyyy-MM-dd), or null. */
export function personalIdProblem(value: string, officeToday: string): LocalizedText | null {
  const parsed = parseCccd(value);
  if (!parsed.ok) return parsed.problem === 'format' ? MESSAGES.personalId : MESSAGES.century;
  // The province digits are not checked: births abroad carry a country code there.
  return parsed.parts.birthYear > Number(officeToday.slice(0, 4)) ? MESSAGES.century : null;
}

function idNumberProblem(kind: AccountKind, value: string, officeToday: string): LocalizedText | null {
  const id = parseApplicantId(value);
  if (kind === 'organisation') return id.ok && id.kind === 'tax_code' ? null : MESSAGES.organisationId;
  if (kind === 'foreigner') {
    if (!id.ok || id.kind === 'tax_code') return MESSAGES.foreignerId;
    return id.kind === 'personal_id' ? personalIdProblem(id.value, officeToday) : null;
  }
  return personalIdProblem(id.ok ? id.value : value.trim(), officeToday);
}

/** Every problem with the applicant's ID number and phone (both optional); empty when both pass. */
export function contactIssues(applicant: ApplicantContact, officeToday: string): ContactIssue[] {
  const issues: ContactIssue[] = [];
  if (applicant.idNumber !== null && applicant.idNumber.trim() !== '') {
    const message = idNumberProblem(applicant.kind, applicant.idNumber, officeToday);
    if (message) issues.push({ field: 'idNumber', message });
  }
  if (applicant.phone !== null && applicant.phone.trim() !== '' && normalisePhone(applicant.phone.trim()) === null) {
    issues.push({ field: 'phone', message: MESSAGES.phone });
  }
  return issues;
}

const DISPLAY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A typed dd/MM/yyyy date as yyyy-MM-dd, or null when it is not a real calendar date (31/02, 00/01…). */
export function parseDisplayDate(text: string): string | null {
  const m = DISPLAY_DATE.exec(text.trim());
  if (!m) return null;
  return isoDateFromParts({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) });
}

const BIRTH_DATE = {
  format: { vi: 'Ngày sinh phải là một ngày có thật, dạng dd/MM/yyyy.', en: 'A birth date must be a real date, as dd/MM/yyyy.' },
  future: { vi: 'Ngày sinh không thể sau ngày hôm nay.', en: 'A birth date cannot be after today.' },
} as const satisfies Record<string, LocalizedText>;

/** A birth date typed as dd/MM/yyyy: yyyy-MM-dd, or why not (not a real date, after the office day). */
export function checkBirthDate(text: string, officeToday: string): { ok: true; iso: string } | { ok: false; message: LocalizedText } {
  const iso = parseDisplayDate(text);
  if (iso === null) return { ok: false, message: BIRTH_DATE.format };
  return iso > officeToday ? { ok: false, message: BIRTH_DATE.future } : { ok: true, iso };
}
