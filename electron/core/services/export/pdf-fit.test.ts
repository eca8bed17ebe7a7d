import { describe, expect, it } from 'vitest';
import { fitLines } from './pdf-fit';

// One unit per character keeps the arithmetic obvious.
const width = (s: string): number => s.length;

describe('fitLines', () => {
  it('wraps on spaces within the width', () => {
    expect(fitLines('Đăng ký khai sinh', 10, width)).toEqual(['Đăng ký', 'khai sinh']);
  });
  it('keeps every word of a long name: the cell takes more lines instead of an ellipsis', () => {
    expect(fitLines('Tôn Nữ Thị Hoàng Phương Thảo Nguyên', 10, width)).toEqual(['Tôn Nữ Thị', 'Hoàng', 'Phương', 'Thảo', 'Nguyên']);
  });
  it('breaks a dossier code wider than the cell only after its separators', () => {
    expect(fitLines('H15.50.05.13-261127-0001', 13, width)).toEqual(['H15.50.05.13-', '261127-0001']);
    expect(fitLines('H15.50.05.13-261127-0001', 10, width)).toEqual(['H15.50.05.', '13-261127-', '0001']);
    expect(fitLines('TMP-8F3A2C-0007', 8, width)).toEqual(['TMP-', '8F3A2C-', '0007']);
  });
  it('breaks between letters only a part that alone is wider than the cell', () => {
    expect(fitLines('AB-CDEFGHIJ', 4, width)).toEqual(['AB-', 'CDEF', 'GHIJ']);
  });
  it('cuts with an ellipsis only past the most lines a cell may have', () => {
    expect(fitLines('Phường Bến Nghé TP Hồ Chí Minh', 10, width, 2)).toEqual(['Phường Bến', 'Nghé TP H…']);
  });
  it('folds newlines and runs of spaces', () => {
    expect(fitLines('Thiếu   tờ\nkhai', 20, width)).toEqual(['Thiếu tờ khai']);
  });
});
