/** Masking of personal data for lists, prints and logs (Decree 13/2023/ND-CP). */

/** The mask character; a masked value always contains it (the contract checks). */
export const MASK = '•';

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

/** "ng•••@example.vn": enough to confirm with the citizen, not enough to copy. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return maskTail(email, 2);
  return `${email.slice(0, Math.min(2, at))}${MASK.repeat(3)}${email.slice(at)}`;
}

/** The contact fields the desk hands out only masked, with how each is masked. */
const CONTACT_MASKS: Readonly<Record<string, (value: string) => string>> = {
  idNumber: (v) => maskTail(v, 4),
  phone: (v) => maskTail(v, 3),
  email: maskEmail,
};

/** An applicant (dossier or intake) with its ID, phone and e-mail masked; other fields kept. */
export function maskContacts<T extends { idNumber?: string | null; phone?: string | null; email?: string | null }>(person: T): T {
  const out: Record<string, unknown> = { ...person };
  for (const [field, mask] of Object.entries(CONTACT_MASKS)) {
    const value = out[field];
    if (typeof value === 'string' && value !== '') out[field] = mask(value);
  }
  return out as T;
}

/** A stored action payload as the queue shows it: every nested ID, phone and e-mail masked. */
export function maskPayload(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPayload);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const mask = CONTACT_MASKS[key];
    out[key] = mask && typeof inner === 'string' && inner !== '' ? mask(inner) : maskPayload(inner);
  }
  return out;
}
