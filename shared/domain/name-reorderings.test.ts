import { describe, expect, it } from 'vitest';
import { nameReorderings } from './name-reorderings';

describe('reorderings of a typed name', () => {
  it('gives every other order of two to four words, surname-last orders first', () => {
    expect(nameReorderings(['giang', 'nguyen'])).toEqual(['nguyen giang']);
    const three = nameReorderings(['hong', 'giang', 'nguyen']);
    expect(three[0]).toBe('nguyen hong giang');
    expect(new Set(three)).toEqual(new Set(['nguyen hong giang', 'nguyen giang hong', 'hong nguyen giang', 'giang hong nguyen', 'giang nguyen hong']));
    expect(nameReorderings(['van', 'manh', 'thinh', 'nguyen'])).toHaveLength(23);
  });

  it('drops repeated orders and leaves one word or five and more to the word index', () => {
    expect(nameReorderings(['thi', 'thi', 'lan'])).toEqual(['lan thi thi', 'thi lan thi']);
    expect(nameReorderings(['lan'])).toEqual([]);
    expect(nameReorderings(['a', 'b', 'c', 'd', 'e'])).toEqual([]);
  });
});
