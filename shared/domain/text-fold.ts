/**
 * Text normalisation for storage and for diacritic-insensitive search of
 * Vietnamese names. Pure string functions, no locale tables.
 */

// Zero-width characters that copy-paste and some scanners slip into text.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// Combining diacritical marks: tones (grave, acute, tilde, hook, dot below) and
// vowel qualities (circumflex, breve, horn) after NFD decomposition.
const COMBINING_MARKS = /[\u0300-\u036F]/g;
// đ/Đ do not decompose in NFD. Ð/ð (eth) are look-alikes typed with legacy fonts.
const D_LETTERS = /[đĐðÐ]/g;
const WHITESPACE_RUN = /\s+/g;

/** Form every text input is stored in: NFC, trimmed, internal whitespace collapsed to one space. */
export function normaliseText(s: string): string {
  // Invisible characters go first so that NFC can compose across where they were.
  return s.replace(INVISIBLE, '').normalize('NFC').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Search key: no diacritics, đ → d, lower case, single spaces. Precomposed or
 * decomposed input and old or new tone placement (hòa / hoà) give the same key,
 * because every tone mark is removed wherever it sits.
 */
export function foldForSearch(s: string): string {
  // Lower case first: a few capitals (e.g. İ) lower-case into a letter plus a
  // combining mark, which the mark stripping below then removes (keeps folding idempotent).
  return s
    .toLowerCase()
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_LETTERS, 'd')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Folded words of a text; punctuation separates words ("Nguyễn-Văn, An" → nguyen, van, an). */
export function searchTokens(s: string): string[] {
  return foldForSearch(s)
    .split(NON_WORD)
    .filter((token) => token.length > 0);
}
