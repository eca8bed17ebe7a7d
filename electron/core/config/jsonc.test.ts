import { describe, expect, it } from 'vitest';
import { parseJsonc } from './jsonc';

describe('machine config with comments (JSONC)', () => {
  it('accepts line and block comments and trailing commas', () => {
    const text = '// IT note\n{\n  /* mode */ "mode": "training", // trailing\n  "session": { "lockAfterMinutes": 3, },\n}\n';
    expect(parseJsonc(text)).toEqual({ ok: true, value: { mode: 'training', session: { lockAfterMinutes: 3 } } });
  });

  it('names the line and column of the first syntax error, in both languages', () => {
    const result = parseJsonc('{\n  "mode": "training"\n  "agencyCode": "H15.50.05.13"\n}');
    expect(result).toMatchObject({ ok: false, line: 3, column: 3, problem: { en: 'a comma was expected', vi: 'thiếu dấu phẩy' } });
  });

  it('refuses an unquoted value and an empty file', () => {
    expect(parseJsonc('{"mode": training}')).toMatchObject({ ok: false, line: 1, column: 10 });
    expect(parseJsonc('   ')).toMatchObject({ ok: false });
  });

});
