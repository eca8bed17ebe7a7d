import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? leaves(value, path) : [[path, value] as [string, unknown]];
  });
}

describe('translations', () => {
  const viLeaves = leaves(vi);
  const enLeaves = leaves(en);

  it('have exactly the same keys in Vietnamese and English', () => {
    expect(enLeaves.map(([k]) => k).sort()).toEqual(viLeaves.map(([k]) => k).sort());
  });

  it.each([
    ['vi', viLeaves],
    ['en', enLeaves],
  ])('%s has no empty or non-string text', (_language, entries) => {
    const bad = entries.filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad).toEqual([]);
  });

  it('Vietnamese text is NFC-normalised', () => {
    const notNfc = viLeaves.filter(([, value]) => typeof value === 'string' && value !== value.normalize('NFC'));
    expect(notNfc).toEqual([]);
  });
});
