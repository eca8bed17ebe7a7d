/** Masking of personal data for lists, prints and logs (Decree 13/2023/ND-CP). */

const MASK = '•';

/** Keeps the last `visible` characters: "079203001234" → "••••••••1234". */
export function maskTail(value: string, visible = 4): string {
  if (value.length <= visible) return MASK.repeat(value.length);
  return MASK.repeat(value.length - visible) + value.slice(-visible);
}

/** Masks every run of 9 or more digits (ID numbers, old ID numbers, phones) inside free text. */
export function maskDigitRuns(text: string): string {
  return text.replace(/(?:\+?84|0)?\d[\d .-]{7,}\d/g, (run) => {
    const digits = run.replace(/\D/g, '');
    return digits.length >= 9 ? maskTail(digits, 3) : run;
  });
}

/** Field names whose values are personal data whatever they hold. */
export const PERSONAL_FIELD = /(name|address|phone|email|birth|dob|guardian|idNumber|cccd)/i;
