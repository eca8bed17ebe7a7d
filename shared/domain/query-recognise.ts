import { isDossierCode } from './dossier-code';
import { findProvisionalCode } from './provisional-code';
/**
 * What did the officer type or scan into the search box? Classifies the text into
 * exactly one kind so the lookup can go straight to the right index.
 * Order: empty → pipes (chip-card QR) → dossier code (exact, or inside a receipt
 * QR / URL) → digits only (ID, old ID, phone, tax code) → one word of letters and digits
 * (passport) → anything with letters is a name.
 */
import type { LocalizedText } from '../validation';
import { parseChipQr, type ChipQrRecord } from './chip-qr';
import { searchTokens } from './text-fold';
import { isBlank } from './blank';
import { parseApplicantId } from './applicant-id';

export type RecognisedQuery =
  | { kind: 'empty' }
  | { kind: 'dossierCode'; code: string }
  | { kind: 'idNumber'; idNumber: string }
  | { kind: 'oldIdNumber'; oldIdNumber: string }
  | { kind: 'chipQr'; record: ChipQrRecord }
  | { kind: 'chipQrInvalid'; reason: LocalizedText }
  | { kind: 'phone'; phone: string }
  /** A foreigner's passport number (letters and digits, at least one of each). */
  | { kind: 'passport'; passport: string }
  /** An organisation's tax / enterprise code that is not also a phone number. */
  | { kind: 'taxCode'; taxCode: string }
  | { kind: 'name'; folded: string; tokens: string[]; lastTokenIsPrefix: true }
  /** Digits or symbols that match no known form (e.g. half an ID number). */
  | { kind: 'unrecognised'; reason: LocalizedText };

export type QueryKind = RecognisedQuery['kind'];

// Local copy of the dossier-code shape (agency e-ID code - yymmdd - daily sequence);
// shared/domain/dossier-code.ts owns the full rules.
const AGENCY = String.raw`[A-Z0-9]{1,4}(?:\.[A-Z0-9]{1,4}){2,4}`;
const CODE_BODY = String.raw`(${AGENCY})-(\d{2})(\d{2})(\d{2})-(\d{4,7})`;
const EXACT_CODE = new RegExp(`^${CODE_BODY}$`, 'i');
// Inside a longer text the code must not be glued to other code-like characters.
const EMBEDDED_CODE = new RegExp(String.raw`(?<![A-Z0-9.-])${CODE_BODY}(?![A-Z0-9-])`, 'gi');

const SCANNER_EDGES = /^[\s\uFEFF\u200B]+|[\s\uFEFF\u200B]+$/g;
const DIGITS_AND_SEPARATORS = /^\+?[\d\s.\-()]+$/;
const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;

/** Upper-cased code when the match is a real code (its yymmdd is a calendar day). */
function validCode(match: RegExpExecArray): string | null {
  // Scanners with Caps Lock on invert case; codes are upper case.
  const code = match[0].toUpperCase();
  return isDossierCode(code) ? code : null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The single dossier code in a text: exact, or embedded in a receipt QR / URL. */
export function findDossierCode(text: string): string | null {
  const provisional = findProvisionalCode(text);
  if (provisional) return provisional;
  const exact = EXACT_CODE.exec(text);
  if (exact) return validCode(exact);
  const codes = new Set<string>();
  for (const match of safeDecode(text).matchAll(EMBEDDED_CODE)) {
    const code = validCode(match);
    if (code) codes.add(code);
  }
  // Two different codes in one text: we cannot tell which one the officer meant.
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

/** Vietnamese phone number in national form (0xxxxxxxxx), or null. */
export function normalisePhone(text: string): string | null {
  if (!DIGITS_AND_SEPARATORS.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  let national: string;
  if (text.startsWith('+')) {
    if (!digits.startsWith('84')) return null;
    national = `0${digits.slice(2)}`;
  } else if (digits.startsWith('84') && digits.length === 11) {
    national = `0${digits.slice(2)}`;
  } else {
    national = digits;
  }
  return MOBILE.test(national) || LANDLINE.test(national) ? national : null;
}

const UNRECOGNISED: LocalizedText = {
  vi: 'Không nhận ra nội dung. Nhập mã hồ sơ, số định danh 12 chữ số, số CMND 9 chữ số, số hộ chiếu, mã số thuế, số điện thoại hoặc họ tên.',
  en: 'Not recognised. Enter a dossier code, a 12-digit ID number, a 9-digit old ID number, a passport number, a tax code, a phone number or a name.',
};

function recogniseDigits(text: string): RecognisedQuery {
  const digits = text.replace(/\D/g, '');
  const hasPlus = text.startsWith('+');
  // 12 digits without "+" is always an ID: a +84 landline needs its "+" to win.
  if (!hasPlus && digits.length === 12) return { kind: 'idNumber', idNumber: digits };
  if (!hasPlus && digits.length === 9) return { kind: 'oldIdNumber', oldIdNumber: digits };
  const phone = normalisePhone(text);
  if (phone) return { kind: 'phone', phone };
  const id = parseApplicantId(text);
  if (!hasPlus && id.ok && id.kind === 'tax_code') return { kind: 'taxCode', taxCode: id.value };
  return { kind: 'unrecognised', reason: UNRECOGNISED };
}

/** A passport number, never a name: one word with at least one digit and one letter. */
function recognisePassport(text: string): RecognisedQuery | null {
  if (!/\d/.test(text) || /\s/.test(text)) return null;
  const id = parseApplicantId(text);
  return id.ok && id.kind === 'passport' ? { kind: 'passport', passport: id.value } : null;
}

/**
 * The applicant identifier a query names, to find or ask the portal for that person: an ID
 * number, a chip card, a passport, a tax code — or a mobile number, which has a tax code's shape.
 */
export function applicantIdOf(query: RecognisedQuery): string | null {
  switch (query.kind) {
    case 'idNumber': return query.idNumber;
    case 'chipQr': return query.record.idNumber;
    case 'passport': return query.passport;
    case 'taxCode': return query.taxCode;
    case 'phone': {
      const id = parseApplicantId(query.phone);
      return id.ok && id.kind === 'tax_code' ? id.value : null;
    }
    default: return null;
  }
}

/** Classifies search-box input into exactly one kind. */
export function recogniseQuery(input: string): RecognisedQuery {
  const text = input.replace(SCANNER_EDGES, '');
  if (isBlank(text)) return { kind: 'empty' };

  if (text.includes('|')) {
    const qr = parseChipQr(text);
    if (qr.ok) return { kind: 'chipQr', record: qr.value };
    const code = findDossierCode(text);
    if (code) return { kind: 'dossierCode', code };
    return { kind: 'chipQrInvalid', reason: qr.reason };
  }

  const code = findDossierCode(text);
  if (code) return { kind: 'dossierCode', code };

  if (DIGITS_AND_SEPARATORS.test(text)) return recogniseDigits(text);
  const passport = recognisePassport(text);
  if (passport) return passport;

  if (/\p{L}/u.test(text)) {
    const tokens = searchTokens(text);
    if (tokens.length > 0) return { kind: 'name', folded: tokens.join(' '), tokens, lastTokenIsPrefix: true };
  }
  return { kind: 'unrecognised', reason: UNRECOGNISED };
}
