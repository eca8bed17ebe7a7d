import { describe, expect, it } from 'vitest';
import { blankToNull, isBlank, requiredText } from './blank';

describe('what counts as empty', () => {
  it('is nothing but whitespace, including tabs, new lines and no-break spaces', () => {
    for (const text of ['', ' ', '\t\n', '\u00a0 \r\n', '\uFEFF']) expect(isBlank(text), JSON.stringify(text)).toBe(true);
    for (const text of ['a', ' 0 ', '.', 'Nguyễn']) expect(isBlank(text), JSON.stringify(text)).toBe(false);
  });

  it('keeps an entry trimmed, or null when blank', () => {
    expect(blankToNull('  Xã Yên Phong \n')).toBe('Xã Yên Phong');
    expect(blankToNull(' \t ')).toBeNull();
  });

  it('agrees with the contract: a required field refuses exactly what isBlank calls empty', () => {
    const field = requiredText(10);
    for (const text of ['', '   ', '\n\t', ' ghi chú ', 'x']) {
      expect(field.safeParse(text).success, JSON.stringify(text)).toBe(!isBlank(text));
    }
    expect(field.parse('  ghi chú  ')).toBe('ghi chú');
    expect(field.safeParse('quá mười một').success).toBe(false);
  });
});
