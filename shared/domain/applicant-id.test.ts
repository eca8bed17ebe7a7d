import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseApplicantId } from './applicant-id';

describe('parseApplicantId', () => {
  it.each([
    ['001090012345', 'personal_id', '001090012345'],
    [' 001 090 012 345 ', 'personal_id', '001090012345'],
    ['0312345678', 'tax_code', '0312345678'],
    ['0312345678-001', 'tax_code', '0312345678-001'],
    ['0312345678001', 'tax_code', '0312345678-001'],
    ['c1234567', 'passport', 'C1234567'],
    ['M12345678', 'passport', 'M12345678'],
  ])('%s is a %s', (input, kind, value) => {
    expect(parseApplicantId(input)).toEqual({ ok: true, kind, value });
  });

  it.each(['', '12345', '00109001234', '0010900123456789', '123456', 'ABCDEFGHIJ', 'Nguyễn Văn An', '0312345678-01', '<script>'])(
    'refuses %j with a reason in both languages',
    (input) => {
      const r = parseApplicantId(input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason.vi).toMatch(/số định danh 12 chữ số/);
        expect(r.reason.en).toMatch(/12-digit ID number/);
      }
    },
  );

  it('never accepts a value that is not upper-case letters, digits and at most one dash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const r = parseApplicantId(s);
        if (r.ok) expect(r.value).toMatch(/^[A-Z0-9]+(-\d{3})?$/);
      }),
    );
  });
});
