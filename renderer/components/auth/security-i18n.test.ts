import { describe, expect, it } from 'vitest';
import { securityEn } from '../../i18n/security.en';
import { securityVi } from '../../i18n/security.vi';

type Tree = { readonly [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): Array<[string, unknown]> =>
  Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' ? leaves(value, path) : [[path, value] as [string, unknown]];
  });

describe('security translations', () => {
  it('have the same keys in Vietnamese and English, none empty, Vietnamese NFC', () => {
    const vi = leaves(securityVi);
    const en = leaves(securityEn);
    expect(en.map(([k]) => k).sort()).toEqual(vi.map(([k]) => k).sort());
    expect([...vi, ...en].filter(([, v]) => typeof v !== 'string' || v.trim() === '')).toEqual([]);
    expect(vi.filter(([, v]) => typeof v === 'string' && v !== v.normalize('NFC'))).toEqual([]);
  });
});
