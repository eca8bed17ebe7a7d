/** Masking of personal data for lists, prints and logs (Decree 13/2023/ND-CP). */

const MASK = '•';

/** Keeps the last `visible` characters: "079203001234" → "••••••••1234". */
export function maskTail(value: string, visible = 4): string {
  if (value.length <= visible) return MASK.repeat(value.length);
  return MASK.repeat(value.length - visible) + value.slice(-visible);
}

// Dossier codes are not personal data and must stay readable in logs.
const DOSSIER_CODE = /[0-9A-Z]{1,4}(?:\.[0-9A-Z]{1,4}){2,4}-\d{6}-\d{4,7}/g;

const maskRuns = (text: string): string =>
  text.replace(/\+?\d[\d .-]{7,}\d/g, (run) => {
    const digits = run.replace(/\D/g, '');
    return digits.length >= 9 ? maskTail(digits, 3) : run;
  });

/** Masks every run of 9 or more digits (ID numbers, old ID numbers, phones) inside free text. */
export function maskDigitRuns(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(DOSSIER_CODE)) {
    out += maskRuns(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + maskRuns(text.slice(last));
}

/** Field names whose values are personal data whatever they hold. */
export const PERSONAL_FIELD = /(name|address|phone|email|birth|dob|guardian|idNumber|cccd)/i;
