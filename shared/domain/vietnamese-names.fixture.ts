/**
 * Test-only fast-check generators for Vietnamese personal names, built from
 * syllables with random tone marks, so the folding and recogniser property tests
 * can render one name in every way a person or a scanner might write it.
 */
import fc from 'fast-check';

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 's', 't', 'th', 'tr', 'v', 'x'];

/** A rhyme and the index of the letter that carries the tone mark in the new and old placement. */
interface Rhyme {
  letters: string;
  newTone: number;
  oldTone: number;
}

const rhyme = (letters: string, newTone = 0, oldTone = newTone): Rhyme => ({ letters, newTone, oldTone });

const RHYMES: readonly Rhyme[] = [
  // The three open rhymes whose tone position differs between old and new style.
  rhyme('oa', 1, 0),
  rhyme('oe', 1, 0),
  rhyme('uy', 1, 0),
  rhyme('a'), rhyme('an'), rhyme('anh'), rhyme('ang'), rhyme('ai'), rhyme('ao'), rhyme('ay'),
  rhyme('ăng'), rhyme('âm'), rhyme('ân'), rhyme('ây'), rhyme('e'), rhyme('ê'), rhyme('ên'),
  rhyme('i'), rhyme('inh'), rhyme('o'), rhyme('oi'), rhyme('ô'), rhyme('ôi'), rhyme('ông'),
  rhyme('ơ'), rhyme('ơi'), rhyme('u'), rhyme('ui'), rhyme('ung'), rhyme('ư'), rhyme('ưa'),
  rhyme('ưng'), rhyme('iên', 1), rhyme('yên', 1), rhyme('uân', 1), rhyme('ương', 1),
  rhyme('ươi', 1), rhyme('uyên', 2), rhyme('oan', 1), rhyme('oang', 1), rhyme('oai', 1),
];

/** No tone (ngang), huyền, sắc, ngã, hỏi, nặng as combining marks. */
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

export interface Syllable {
  onset: string;
  rhyme: Rhyme;
  tone: string;
}

export type TonePlacement = 'new' | 'old';

const syllableArb: fc.Arbitrary<Syllable> = fc.record({
  onset: fc.constantFrom(...ONSETS),
  rhyme: fc.constantFrom(...RHYMES),
  tone: fc.constantFrom(...TONES),
});

/** A name of 2 to 5 syllables (family name, middle names, given name). */
export const vietnameseNameArb: fc.Arbitrary<Syllable[]> = fc.array(syllableArb, { minLength: 2, maxLength: 5 });

function renderSyllable(s: Syllable, placement: TonePlacement): string {
  const at = placement === 'new' ? s.rhyme.newTone : s.rhyme.oldTone;
  const letters = [...s.rhyme.letters];
  letters[at] = `${letters[at] ?? ''}${s.tone}`.normalize('NFC');
  const word = s.onset + letters.join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The name as usually written: title case, precomposed (NFC), one space between words. */
export function renderName(name: readonly Syllable[], placement: TonePlacement = 'new'): string {
  return name.map((s) => renderSyllable(s, placement)).join(' ');
}

/** The name typed without any diacritics (đ → d), title case. */
export function plainName(name: readonly Syllable[]): string {
  return renderName(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036F]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** The search key every rendering of the name must fold to. */
export function expectedKey(name: readonly Syllable[]): string {
  return plainName(name).toLowerCase();
}

/** Upper- or lower-cases each character according to a mask (cycled). */
export function recase(text: string, upper: readonly boolean[]): string {
  if (upper.length === 0) return text;
  return [...text].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
}

/** Whitespace runs a careless typist or a scanner might produce. */
export const whitespaceRunArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(' ', '  ', '\t', '\u00A0', '\u3000'), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(''));

/** Joins words with the given separators (cycled) and optional edge padding. */
export function respace(text: string, separators: readonly string[], edge: string): string {
  const words = text.split(' ');
  const joined = words.map((w, i) => (i === 0 ? w : `${separators[(i - 1) % separators.length] ?? ' '}${w}`)).join('');
  return `${edge}${joined}${edge}`;
}
