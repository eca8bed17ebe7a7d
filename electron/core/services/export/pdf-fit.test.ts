import { describe, expect, it } from 'vitest';
import { fitLines } from './pdf-fit';

// One unit per character keeps the arithmetic obvious.
const width = (s: string): number => s.length;

describe('fitLines', () => {
  it('wraps on spaces within the width', () => {
    expect(fitLines('Đăng ký khai sinh', 10, 3, width)).toEqual(['Đăng ký', 'khai sinh']);
  });
  it('breaks a word wider than the cell between characters', () => {
    expect(fitLines('H15.50.05.13-261127-0001', 13, 2, width)).toEqual(['H15.50.05.13-', '261127-0001']);
  });
  it('ends with an ellipsis when the text needs more lines than allowed', () => {
    expect(fitLines('Phường Bến Nghé TP Hồ Chí Minh', 10, 2, width)).toEqual(['Phường Bến', 'Nghé TP H…']);
  });
  it('folds newlines and runs of spaces', () => {
    expect(fitLines('Thiếu   tờ\nkhai', 20, 2, width)).toEqual(['Thiếu tờ khai']);
  });
});
