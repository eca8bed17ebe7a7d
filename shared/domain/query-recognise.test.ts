import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applicantIdOf, findDossierCode, normalisePhone, recogniseQuery } from './query-recognise';
import { formatChipQr } from './chip-qr';
import { chipQrRecordArb } from './chip-qr.fixture';
import { expectedKey, plainName, recase, renderName, vietnameseNameArb } from './vietnamese-names.fixture';

describe('recogniseQuery: examples', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['  \r\n\t', { kind: 'empty' }],
    ['H15.50.05.13-261008-0975', { kind: 'dossierCode', code: 'H15.50.05.13-261008-0975' }],
    ['000.00.12.H29-240615-0003\r\n', { kind: 'dossierCode', code: '000.00.12.H29-240615-0003' }],
    ['h15.50.05.13-261008-0975', { kind: 'dossierCode', code: 'H15.50.05.13-261008-0975' }],
    ['G01.02.03-240101-1234567', { kind: 'dossierCode', code: 'G01.02.03-240101-1234567' }],
    [
      'https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html?MaHoSo=H15.50.05.13-261008-0975',
      { kind: 'dossierCode', code: 'H15.50.05.13-261008-0975' },
    ],
    ['https://example.vn/tra-cuu?ma=000.00.12.H29-240615-0003&lang=vi', { kind: 'dossierCode', code: '000.00.12.H29-240615-0003' }],
    ['https://example.vn/x?MaHoSo=H15%2E50%2E05%2E13-261008-0975', { kind: 'dossierCode', code: 'H15.50.05.13-261008-0975' }],
    ['Mã hồ sơ: H15.50.05.13-261008-0975.', { kind: 'dossierCode', code: 'H15.50.05.13-261008-0975' }],
    ['079203001234', { kind: 'idNumber', idNumber: '079203001234' }],
    ['079 203 001 234', { kind: 'idNumber', idNumber: '079203001234' }],
    ['079.203.001.234', { kind: 'idNumber', idNumber: '079203001234' }],
    ['272345678', { kind: 'oldIdNumber', oldIdNumber: '272345678' }],
    ['0912345678', { kind: 'phone', phone: '0912345678' }],
    ['0912 345 678', { kind: 'phone', phone: '0912345678' }],
    ['0912.345.678', { kind: 'phone', phone: '0912345678' }],
    ['+84 912 345 678', { kind: 'phone', phone: '0912345678' }],
    ['84912345678', { kind: 'phone', phone: '0912345678' }],
    ['(024) 3825 1234', { kind: 'phone', phone: '02438251234' }],
    ['+84 24 3825 1234', { kind: 'phone', phone: '02438251234' }],
    ['Nguyễn Văn', { kind: 'name', folded: 'nguyen van', tokens: ['nguyen', 'van'], lastTokenIsPrefix: true }],
    ['  ĐẶNG   thị hoà ', { kind: 'name', folded: 'dang thi hoa', tokens: ['dang', 'thi', 'hoa'], lastTokenIsPrefix: true }],
  ])('%j', (input, expected) => {
    expect(recogniseQuery(input)).toEqual(expected);
  });

  it.each([
    ['half an ID number', '079203'],
    ['14 digits', '07920300123456'],
    ['a phone with a foreign country code', '+33 612 345 678'],
    ['11 digits that are no Vietnamese phone', '01123456789'],
    ['punctuation only', '... --'],
  ])('calls %s unrecognised, with a message in both languages', (_label, input) => {
    const result = recogniseQuery(input);
    expect(result.kind).toBe('unrecognised');
    expect(result.kind === 'unrecognised' && result.reason.vi).toMatch(/số định danh/);
  });

  it.each([
    ['C1234567', { kind: 'passport', passport: 'C1234567' }],
    ['b7654321', { kind: 'passport', passport: 'B7654321' }],
    ['0101234567', { kind: 'taxCode', taxCode: '0101234567' }],
    ['0101234567-001', { kind: 'taxCode', taxCode: '0101234567-001' }],
    ['0101234567001', { kind: 'taxCode', taxCode: '0101234567-001' }],
  ])('%j is an applicant identifier', (input, expected) => {
    expect(recogniseQuery(input)).toEqual(expected);
  });

  it('a word of letters only stays a name, not a passport', () => {
    expect(recogniseQuery('NGUYEN').kind).toBe('name');
    expect(recogniseQuery('Lê C1234567').kind).toBe('name');
  });

  it('names the applicant identifier of a query; a mobile number is also tax-code shaped', () => {
    expect(applicantIdOf(recogniseQuery('079203001234'))).toBe('079203001234');
    expect(applicantIdOf(recogniseQuery('C1234567'))).toBe('C1234567');
    expect(applicantIdOf(recogniseQuery('0101234567-001'))).toBe('0101234567-001');
    expect(applicantIdOf(recogniseQuery('0312345678'))).toBe('0312345678');
    expect(applicantIdOf(recogniseQuery('(024) 3825 1234'))).toBeNull();
    expect(applicantIdOf(recogniseQuery('Nguyễn Văn'))).toBeNull();
    expect(applicantIdOf(recogniseQuery('H15.50.05.13-261008-0975'))).toBeNull();
  });

  it('rejects dossier codes with an impossible date, treating them as text', () => {
    expect(recogniseQuery('H15.50.05.13-261308-0975').kind).toBe('name');
    expect(findDossierCode('H15.50.05.13-260230-0975')).toBeNull();
  });

  it('rejects a zero daily sequence', () => {
    expect(findDossierCode('H15.50.05.13-261008-0000')).toBeNull();
  });

  it('does not pick a code out of a longer code-like token', () => {
    expect(findDossierCode('XH15.50.05.13-261008-09751234')).toBeNull();
  });

  it('gives up when a text holds two different codes', () => {
    expect(findDossierCode('H15.50.05.13-261008-0975 H15.50.05.13-261008-0976')).toBeNull();
    expect(findDossierCode('H15.50.05.13-261008-0975 / H15.50.05.13-261008-0975')).toBe('H15.50.05.13-261008-0975');
  });

  it('recognises a chip-card QR and opens the citizen', () => {
    const result = recogniseQuery('001203012345||Trần Văn An|01012003|Nam|Hà Nội|02022021\r\n');
    expect(result.kind === 'chipQr' && result.record.idNumber).toBe('001203012345');
  });

  it('explains a malformed chip-card QR', () => {
    const result = recogniseQuery('001203012345||Trần Văn An|31022003|Nam|Hà Nội|02022021');
    expect(result.kind).toBe('chipQrInvalid');
    expect(result.kind === 'chipQrInvalid' && result.reason.en).toMatch(/not a real date/);
  });

  it('finds a dossier code in a receipt QR that uses pipes', () => {
    expect(recogniseQuery('MaHoSo|H15.50.05.13-261008-0975|Nguyễn Văn An')).toEqual({
      kind: 'dossierCode',
      code: 'H15.50.05.13-261008-0975',
    });
  });

  it('normalises phones or refuses them', () => {
    expect(normalisePhone('+84 (0)912-345-678')).toBeNull();
    expect(normalisePhone('abc')).toBeNull();
    expect(normalisePhone('0212 345 6789')).toBe('02123456789');
  });
});

const digitsArb = (n: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const separatorArb = fc.constantFrom('', ' ', '.', '-');

/** Joins digit groups with one separator, as people write numbers. */
const grouped = (digits: string, sizes: readonly number[], sep: string): string => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.filter((p) => p !== '').join(sep);
};

const codeArb = fc
  .record({
    segments: fc.array(fc.stringMatching(/^[A-Z0-9]{1,4}$/), { minLength: 3, maxLength: 5 }),
    date: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    sequence: fc.stringMatching(/^\d{4,7}$/).filter((seq) => Number(seq) >= 1),
  })
  .map(({ segments, date, sequence }) => `${segments.join('.')}-${date.toISOString().slice(2, 10).replace(/-/g, '')}-${sequence}`);

describe('recogniseQuery: properties', () => {
  it('recognises every generated dossier code, bare, with scanner endings or inside a URL', () => {
    fc.assert(
      fc.property(codeArb, fc.constantFrom('', '\r\n', '\t'), fc.boolean(), (code, ending, inUrl) => {
        const text = inUrl ? `https://dichvucong.gov.vn/tra-cuu?MaHoSo=${code}&x=1${ending}` : `${code}${ending}`;
        expect(recogniseQuery(text)).toEqual({ kind: 'dossierCode', code });
      }),
    );
  });

  it('recognises every 12-digit ID, however grouped', () => {
    fc.assert(
      fc.property(digitsArb(12), separatorArb, fc.constantFrom([3, 3, 3, 3], [3, 1, 2, 6], [4, 4, 4], [12]), (id, sep, sizes) => {
        expect(recogniseQuery(grouped(id, sizes, sep))).toEqual({ kind: 'idNumber', idNumber: id });
      }),
    );
  });

  it('recognises every 9-digit old ID number', () => {
    fc.assert(
      fc.property(digitsArb(9), (id) => {
        expect(recogniseQuery(id)).toEqual({ kind: 'oldIdNumber', oldIdNumber: id });
      }),
    );
  });

  it('recognises every mobile number in national or international form', () => {
    fc.assert(
      fc.property(fc.constantFrom('3', '5', '7', '8', '9'), digitsArb(8), fc.constantFrom('0', '+84', '+84 ', '84'), separatorArb, (network, rest, prefix, sep) => {
        const national = `0${network}${rest}`;
        const subscriber = grouped(`${network}${rest}`, [2, 3, 4], sep);
        expect(recogniseQuery(`${prefix}${subscriber}`)).toEqual({ kind: 'phone', phone: national });
      }),
    );
  });

  it('recognises every generated name, written any way, as a name with its folded tokens', () => {
    fc.assert(
      fc.property(vietnameseNameArb, fc.boolean(), fc.array(fc.boolean(), { maxLength: 8 }), (name, stripped, mask) => {
        const text = recase(stripped ? plainName(name) : renderName(name, 'old'), mask);
        expect(recogniseQuery(text)).toEqual({
          kind: 'name',
          folded: expectedKey(name),
          tokens: expectedKey(name).split(' '),
          lastTokenIsPrefix: true,
        });
      }),
    );
  });

  it('recognises every valid chip-card QR text', () => {
    fc.assert(
      fc.property(chipQrRecordArb, (record) => {
        expect(recogniseQuery(`${formatChipQr(record)}\r\n`)).toEqual({ kind: 'chipQr', record });
      }),
    );
  });
});
