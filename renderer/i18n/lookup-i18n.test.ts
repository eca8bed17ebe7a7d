import { describe, expect, it } from 'vitest';
import { lookupEn } from './lookup.en';
import { lookupVi } from './lookup.vi';

type Tree = { readonly [key: string]: string | Tree };

const leaves = (tree: Tree, prefix = ''): Array<[string, unknown]> =>
  Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' ? leaves(value, path) : [[path, value] as [string, unknown]];
  });

describe('lookup translations', () => {
  const vi = leaves(lookupVi);
  const en = leaves(lookupEn);

  it('have exactly the same keys in Vietnamese and English', () => {
    expect(en.map(([k]) => k).sort()).toEqual(vi.map(([k]) => k).sort());
  });

  it('have no empty text, and Vietnamese is NFC', () => {
    expect([...vi, ...en].filter(([, v]) => typeof v !== 'string' || v.trim() === '')).toEqual([]);
    expect(vi.filter(([, v]) => typeof v === 'string' && v !== v.normalize('NFC'))).toEqual([]);
  });

  // The cut-off itself is said by the guidance lines (shared/domain/linkage-guidance.ts, tested there).
  it('never give the superseded 15 June 2024 cut-off', () => {
    for (const tree of [lookupVi, lookupEn]) {
      expect(leaves(tree).filter(([, v]) => typeof v === 'string' && /15\/6\/2024|15 June 2024/.test(v))).toEqual([]);
    }
  });
});
