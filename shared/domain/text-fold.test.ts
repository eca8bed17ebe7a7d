import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForSearch, normaliseText, searchTokens } from './text-fold';
import {
  expectedKey,
  plainName,
  recase,
  renderName,
  respace,
  vietnameseNameArb,
  whitespaceRunArb,
} from './vietnamese-names.fixture';

describe('normaliseText', () => {
  it('composes to NFC, trims and collapses whitespace', () => {
    const decomposed = '  Nguye\u0302\u0303n \t Va\u0306n\u00A0\u00A0An \n';
    expect(normaliseText(decomposed)).toBe('Nguyễn Văn An');
    expect(normaliseText(decomposed)).toBe(normaliseText(decomposed).normalize('NFC'));
  });

  it('keeps diacritics and case', () => {
    expect(normaliseText('Đặng THỊ Hoà')).toBe('Đặng THỊ Hoà');
  });

  it('drops zero-width characters, composing across them', () => {
    expect(normaliseText('a\u200B\u0301 b\uFEFF')).toBe('á b');
  });

  it('is idempotent and leaves no double spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).toBe(once);
        expect(once).not.toMatch(/\s{2}|^\s|\s$/);
      }),
    );
  });
});

describe('foldForSearch', () => {
  it.each([
    ['Nguyễn Văn An', 'nguyen van an'],
    ['ĐẶNG thị HOÀ', 'dang thi hoa'],
    ['hòa', 'hoa'],
    ['hoà', 'hoa'],
    ['thủy', 'thuy'],
    ['thuỷ', 'thuy'],
    ['  Trần\t\tThị   Bích  ', 'tran thi bich'],
    ['Ðoàn', 'doan'],
    ['Nguye\u0302\u0303n', 'nguyen'],
  ])('%s → %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });

  it('treats old and new tone placement alike', () => {
    expect(foldForSearch('Hòa Khỏe Thúy')).toBe(foldForSearch('Hoà Khoẻ Thuý'));
  });

  it('returns an empty key for blank input', () => {
    expect(foldForSearch(' \t\n ')).toBe('');
  });

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = foldForSearch(s);
        expect(foldForSearch(once)).toBe(once);
      }),
    );
  });

  it('folds every rendering of a Vietnamese name to the same key', () => {
    fc.assert(
      fc.property(
        vietnameseNameArb,
        fc.constantFrom('new' as const, 'old' as const),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.boolean(), { maxLength: 12 }),
        fc.array(whitespaceRunArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('', ' ', '\t', '  \n'),
        (name, placement, stripped, decomposed, caseMask, separators, edge) => {
          let text = stripped ? plainName(name) : renderName(name, placement);
          if (decomposed) text = text.normalize('NFD');
          text = respace(recase(text, caseMask), separators, edge);
          expect(foldForSearch(text)).toBe(expectedKey(name));
        },
      ),
    );
  });

  it('keeps names with different letters apart', () => {
    expect(foldForSearch('Lê')).not.toBe(foldForSearch('Lý'));
  });
});

describe('searchTokens', () => {
  it('splits folded text into words, dropping punctuation', () => {
    expect(searchTokens(' Nguyễn-Văn,  AN ')).toEqual(['nguyen', 'van', 'an']);
  });

  it('returns no tokens for blank or punctuation-only input', () => {
    expect(searchTokens('  ')).toEqual([]);
    expect(searchTokens(' - , ')).toEqual([]);
  });

  it('gives one token per syllable of a generated name', () => {
    fc.assert(
      fc.property(vietnameseNameArb, (name) => {
        expect(searchTokens(renderName(name, 'old'))).toEqual(expectedKey(name).split(' '));
      }),
    );
  });
});
