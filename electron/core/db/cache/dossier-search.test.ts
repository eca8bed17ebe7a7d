import { describe, expect, it } from 'vitest';
import { migratedDatabases } from '../../../../test/fixtures/migrated-db';
import { makeDossier } from '../../../../test/fixtures/cache-data';
import type { Db } from '../connection';
import { createDossierSearch, createNameMatch, ftsQuery } from './dossier-search';
import { createDossierStore } from './dossier-store';

const freshDb = migratedDatabases();
function cacheWith(names: string[]): Db {
  const db = freshDb();
  const store = createDossierStore(db);
  names.forEach((name, i) => store.put(makeDossier(`H15.50.05.13-261120-${String(i + 1).padStart(4, '0')}`, { name })));
  return db;
}
const TODAY = '2026-11-27';

describe('ftsQuery', () => {
  it('requires every word and leaves the last one a prefix when nothing better is known', () => {
    expect(ftsQuery(['van', 'an'])).toBe('"van" AND "an"*');
    expect(ftsQuery(['ng'])).toBe('"ng"*');
  });

  it('turns the last word into the whole words it can be', () => {
    expect(ftsQuery(['khoa', 'nguyen'], ['nguyen'])).toBe('"khoa" AND "nguyen"');
    expect(ftsQuery(['khoa', 'tran'], ['tran', 'trang'])).toBe('"khoa" AND ("tran" OR "trang")');
  });

  it('keeps a prefix when the expansion would be long, and drops quotes typed inside words', () => {
    expect(ftsQuery(['th'], ['tha', 'thai', 'than', 'thang', 'thanh', 'thao', 'the', 'thi', 'thien'])).toBe('"th"*');
    expect(ftsQuery(['a"b'])).toBe('"ab"*');
  });
});

describe('names search through the word index', () => {
  const names = ['Trần Minh Khoa', 'Trang Minh Khoa', 'Nguyễn Văn Khoa', 'Trà Thị Khoa', 'Lê Thị Hoa'];

  it('expands the last word through the vocabulary: same matches as the prefix query', () => {
    const db = cacheWith(names);
    const match = createNameMatch(db);
    expect(match(['khoa', 'tran'])).toBe('"khoa" AND ("tran" OR "trang")');
    expect(match(['khoa', 'tr'])).toBe('"khoa" AND "tr"*');
    expect(match(['khoa', 'xyz'])).toBeNull();
    const search = createDossierSearch(db);
    const found = (tokens: string[]) => search.byNameWords(tokens, {}, TODAY, 50).map((r) => r.applicant_name).sort();
    expect(found(['khoa', 'tran'])).toEqual(['Trang Minh Khoa', 'Trần Minh Khoa']);
    expect(found(['minh', 'khoa', 'tr'])).toEqual(['Trang Minh Khoa', 'Trần Minh Khoa']);
    expect(found(['khoa', 'tra'])).toEqual(['Trang Minh Khoa', 'Trà Thị Khoa', 'Trần Minh Khoa']);
    expect(found(['khoa', 'xyz'])).toEqual([]);
    expect(found(['khoa'])).toHaveLength(4);
    db.close();
  });
});
