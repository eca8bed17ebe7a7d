import { centuryGenderDigit } from './cccd';
/**
 * The QR code on the chip-based CCCD and the căn cước card, as a 2D scanner types it.
 * There is no published spec; the observed CCCD layout is
 *   ID12|oldID9 (may be empty)|Full name|DOB ddmmyyyy|Nam/Nữ|Address|Issue date ddmmyyyy
 * with 6-field variants (no old-ID field, or no issue date); the căn cước QR adds fields
 * (a cancelled ID number, parents' names). Fields are found by shape (see splitFields),
 * extras ignored; every failure says which field is wrong, in Vietnamese and English.
 */
import { z } from 'zod';
import type { LocalizedText } from '../validation';
import { isoDateFromParts } from './iso-date';
import { foldForSearch, normaliseText } from './text-fold';

export const chipQrRecordSchema = z.object({
  idNumber: z.string().regex(/^\d{12}$/),
  /** Old 9-digit CMND (12-digit CMNDs were also issued 2012–2016). */
  oldIdNumber: z.string().regex(/^(?:\d{9}|\d{12})$/).nullable(),
  fullName: z.string().min(1),
  birthDate: z.iso.date(),
  gender: z.enum(['male', 'female']),
  address: z.string().min(1).nullable(),
  issueDate: z.iso.date().nullable(),
});
export type ChipQrRecord = z.infer<typeof chipQrRecordSchema>;

export type ChipQrResult = { ok: true; value: ChipQrRecord } | { ok: false; reason: LocalizedText };

/** Which layout a QR text uses; 'standard' has all seven fields. */
export type ChipQrLayout = 'standard' | 'noOldId' | 'noIssueDate';

const fail = (vi: string, en: string): ChipQrResult => ({ ok: false, reason: { vi, en } });

// Keyboard-wedge scanners end with CR/LF or Tab; some prepend a BOM.
const SCANNER_EDGES = /^[\s\uFEFF]+|[\s\uFEFF]+$/g;
const DDMMYYYY = /^(\d{2})(\d{2})(\d{4})$/;
const EIGHT_DIGITS = /^\d{8}$/;

function dateFromDdMmYyyy(text: string): string | null {
  const m = DDMMYYYY.exec(text);
  if (!m) return null;
  return isoDateFromParts({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) });
}

function genderFromWord(word: string): 'male' | 'female' | null {
  const folded = foldForSearch(word);
  if (folded === 'nam') return 'male';
  if (folded === 'nu') return 'female';
  return null;
}

interface RawFields {
  id: string;
  oldId: string;
  name: string;
  dob: string;
  gender: string;
  address: string;
  issue: string | null;
}

const ID12 = /^\d{12}$/;
const OLD_ID = /^(?:\d{9}|\d{12})$/;
const hasLetters = (f: string): boolean => /\p{L}/u.test(f);

/**
 * Finds the fields by their shape, in the order every known layout keeps them: the
 * 12-digit ID first, then an optional old ID (9 or 12 digits, or empty) right after it,
 * the name (the first field with letters), the date of birth (the first 8-digit field
 * after the name), the gender word after it, then the address (the first text after the
 * gender) and the issue date (the first 8-digit field after the gender). Anything else
 * (a cancelled ID number, parents' names, an expiry date) is ignored.
 */
function splitFields(text: string): RawFields | number {
  const fields = text.split('|').map((f) => f.replace(/\s+/g, ' ').trim());
  if (fields.length < 5) return fields.length;
  const at = (i: number): string => fields[i] ?? '';
  const after = (from: number, test: (f: string) => boolean): number => {
    for (let i = from; i < fields.length; i++) if (test(at(i))) return i;
    return -1;
  };
  const id = at(0);
  // An empty or number-shaped second field is the old ID slot; a name there means the 6-field layout without it.
  const oldIdSlot = fields.length >= 2 && (at(1) === '' || /^\d+$/.test(at(1)));
  const from = oldIdSlot ? 2 : 1;
  // Number fields before the name (a cancelled ID on the căn cước QR) are skipped; the name comes before any date.
  const firstDate = after(from, (f) => EIGHT_DIGITS.test(f));
  const found = after(from, (f) => hasLetters(f) || EIGHT_DIGITS.test(f));
  const nameAt = found >= 0 && found !== firstDate ? found : from;
  const dobAt = after(nameAt + 1, (f) => EIGHT_DIGITS.test(f) || /\d/.test(f));
  const genderAt = dobAt < 0 ? -1 : after(dobAt + 1, (f) => genderFromWord(f) !== null);
  const rest = genderAt < 0 ? (dobAt < 0 ? fields.length : dobAt + 2) : genderAt + 1;
  // The address follows the gender (it may be empty); a date there means no address field.
  const addressAt = genderAt >= 0 && !EIGHT_DIGITS.test(at(rest)) ? rest : -1;
  const issueAt = after(rest, (f) => EIGHT_DIGITS.test(f));
  return {
    id,
    oldId: oldIdSlot ? at(1) : '',
    name: at(nameAt),
    dob: dobAt < 0 ? '' : at(dobAt),
    gender: genderAt < 0 ? (dobAt < 0 ? '' : at(dobAt + 1)) : at(genderAt),
    address: addressAt < 0 ? '' : at(addressAt),
    issue: issueAt < 0 ? null : at(issueAt),
  };
}

/** Parses the text a scanner typed from a chip-card QR code. */
export function parseChipQr(input: string): ChipQrResult {
  const text = input.replace(SCANNER_EDGES, '');
  if (!text.includes('|')) {
    return fail(
      'Đây không phải nội dung mã QR trên thẻ căn cước (không có dấu |).',
      'This is not the QR content of a citizen ID card (no | separators).',
    );
  }
  const raw = splitFields(text);
  if (typeof raw === 'number') {
    return fail(
      `Mã QR thẻ căn cước có ít nhất 5 trường ngăn cách bởi dấu | (số định danh, họ tên, ngày sinh, giới tính…); mã này có ${raw} trường. Hãy quét lại.`,
      `A citizen ID card QR code has at least 5 fields separated by | (ID number, name, date of birth, gender…); this one has ${raw}. Please scan again.`,
    );
  }
  if (!ID12.test(raw.id)) {
    return fail(
      'Số định danh cá nhân trong mã QR phải gồm đúng 12 chữ số.',
      'The personal ID number in the QR code must be exactly 12 digits.',
    );
  }
  if (raw.oldId !== '' && !OLD_ID.test(raw.oldId)) {
    return fail(
      'Số CMND cũ trong mã QR phải gồm 9 hoặc 12 chữ số, hoặc để trống.',
      'The old ID number in the QR code must be 9 or 12 digits, or empty.',
    );
  }
  const fullName = normaliseText(raw.name);
  if (fullName === '' || /\d/.test(fullName) || !/\p{L}/u.test(fullName)) {
    return fail('Họ tên trong mã QR bị thiếu hoặc có chữ số.', 'The full name in the QR code is missing or contains digits.');
  }
  const birthDate = dateFromDdMmYyyy(raw.dob);
  if (!birthDate) {
    return fail(
      `Ngày sinh "${raw.dob}" trong mã QR không phải ngày có thật (định dạng ngàythángnăm, ví dụ 05091990).`,
      `The date of birth "${raw.dob}" in the QR code is not a real date (format ddmmyyyy, e.g. 05091990).`,
    );
  }
  const gender = genderFromWord(raw.gender);
  if (!gender) {
    return fail(
      `Giới tính trong mã QR phải là "Nam" hoặc "Nữ", không phải "${raw.gender}".`,
      `Gender in the QR code must be "Nam" or "Nữ", not "${raw.gender}".`,
    );
  }
  let issueDate: string | null = null;
  if (raw.issue !== null && raw.issue !== '') {
    issueDate = dateFromDdMmYyyy(raw.issue);
    if (!issueDate) {
      return fail(
        `Ngày cấp "${raw.issue}" trong mã QR không phải ngày có thật (định dạng ngàythángnăm).`,
        `The issue date "${raw.issue}" in the QR code is not a real date (format ddmmyyyy).`,
      );
    }
    if (issueDate < birthDate) {
      return fail('Ngày cấp trong mã QR trước ngày sinh.', 'The issue date in the QR code is before the date of birth.');
    }
  }
  const birthYear = Number(birthDate.slice(0, 4));
  const genderDigit = centuryGenderDigit(birthYear, gender);
  if (genderDigit === null || raw.id[3] !== String(genderDigit) || raw.id.slice(4, 6) !== birthDate.slice(2, 4)) {
    return fail(
      'Số định danh trong mã QR không khớp với năm sinh và giới tính (chữ số thứ 4–6). Hãy quét lại hoặc nhập số định danh.',
      'The ID number in the QR code does not match the birth year and gender (digits 4–6). Scan again or type the ID number.',
    );
  }
  const address = normaliseText(raw.address);
  const parsed = chipQrRecordSchema.safeParse({
    idNumber: raw.id,
    oldIdNumber: raw.oldId === '' ? null : raw.oldId,
    fullName,
    birthDate,
    gender,
    address: address === '' ? null : address,
    issueDate,
  });
  if (!parsed.success) {
    return fail('Không đọc được mã QR thẻ căn cước.', 'The citizen ID card QR code could not be read.');
  }
  return { ok: true, value: parsed.data };
}

const toDdMmYyyy = (iso: string): string => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}`;

/** The QR text for a record, in the given layout: for test data, the simulator and e2e scanners. */
export function formatChipQr(record: ChipQrRecord, layout: ChipQrLayout = 'standard'): string {
  const head = [record.idNumber];
  if (layout !== 'noOldId') head.push(record.oldIdNumber ?? '');
  const body = [record.fullName, toDdMmYyyy(record.birthDate), record.gender === 'male' ? 'Nam' : 'Nữ', record.address ?? ''];
  const tail = layout === 'noIssueDate' ? [] : [record.issueDate ? toDdMmYyyy(record.issueDate) : ''];
  return [...head, ...body, ...tail].join('|');
}
