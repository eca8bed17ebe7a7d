import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatChipQr, parseChipQr, type ChipQrResult } from './chip-qr';
import { chipQrRecordArb } from './chip-qr.fixture';

const STANDARD = '079190001234|272345678|Nguyễn Thị Hoà|15081990|Nữ|Số 12 phố Huế, Hà Nội|20042021';

const reasonOf = (result: ChipQrResult): string => (result.ok ? 'ok' : result.reason.en);

describe('parseChipQr: valid inputs', () => {
  it('parses the 7-field layout', () => {
    const result = parseChipQr(STANDARD);
    expect(result).toEqual({
      ok: true,
      value: {
        idNumber: '079190001234',
        oldIdNumber: '272345678',
        fullName: 'Nguyễn Thị Hoà',
        birthDate: '1990-08-15',
        gender: 'female',
        address: 'Số 12 phố Huế, Hà Nội',
        issueDate: '2021-04-20',
      },
    });
  });

  it('accepts an empty old ID field', () => {
    const result = parseChipQr('001203012345||Trần Văn An|01012003|Nam|Hà Nội|02022021');
    expect(result.ok && result.value.oldIdNumber).toBeNull();
    expect(result.ok && result.value.gender).toBe('male');
    expect(result.ok && result.value.birthDate).toBe('2003-01-01');
  });

  it('parses the 6-field layout without an old ID field', () => {
    const result = parseChipQr('001203012345|Trần Văn An|01012003|Nam|Hà Nội|02022021');
    expect(result.ok && result.value).toMatchObject({ oldIdNumber: null, fullName: 'Trần Văn An', issueDate: '2021-02-02' });
  });

  it('parses the 6-field layout without an issue date', () => {
    const result = parseChipQr('001203012345|123456789|Trần Văn An|01012003|Nam|Hà Nội');
    expect(result.ok && result.value).toMatchObject({ oldIdNumber: '123456789', address: 'Hà Nội', issueDate: null });
  });

  it('tolerates the CR/LF or Tab a scanner appends, a BOM, and a trailing pipe', () => {
    const text = '001203012345||Trần Văn An|01012003|Nam|Hà Nội|02022021';
    for (const variant of [`${text}\r\n`, `${text}\t`, `\uFEFF${text}\n`, `${text}|`]) {
      expect(reasonOf(parseChipQr(variant))).toBe('ok');
    }
  });

  it('normalises the name to NFC with single spaces, and accepts decomposed gender words', () => {
    const result = parseChipQr('001303012345||  Le\u0302 Thi\u0323   Thu\u0309y |01012003|Nu\u031B\u0303|| ');
    expect(result.ok && result.value.fullName).toBe('Lê Thị Thủy');
    expect(result.ok && result.value.gender).toBe('female');
    expect(result.ok && result.value.address).toBeNull();
    expect(result.ok && result.value.issueDate).toBeNull();
  });

  it('accepts a 29 February birth in a leap year', () => {
    expect(reasonOf(parseChipQr('001200012345||Phạm Minh|29022000|Nam|Huế|01032016'))).toBe('ok');
  });
});

describe('parseChipQr: malformed inputs', () => {
  it.each([
    ['no pipes at all', '001203012345 Trần Văn An', /no \| separators/],
    ['too few fields', '001203012345|Trần Văn An|01012003', /at least 5 fields.*has 3/],
    ['letters in the ID', '00120301234A||Trần Văn An|01012003|Nam|Hà Nội|02022021', /exactly 12 digits/],
    ['an 11-digit ID', '00120301234||Trần Văn An|01012003|Nam|Hà Nội|02022021', /exactly 12 digits/],
    ['a bad old ID', '001203012345|12345|Trần Văn An|01012003|Nam|Hà Nội|02022021', /old ID/],
    ['an empty name', '001203012345|||01012003|Nam|Hà Nội|02022021', /full name/],
    ['digits in the name', '001203012345||Trần 2 An|01012003|Nam|Hà Nội|02022021', /full name/],
    ['31 February', '001203012345||Trần Văn An|31022003|Nam|Hà Nội|02022021', /date of birth "31022003"/],
    ['29 February in a non-leap year', '001201012345||Trần Văn An|29022001|Nam|Hà Nội|02022021', /not a real date/],
    ['an ISO birth date', '001203012345||Trần Văn An|2003-01-01|Nam|Hà Nội|02022021', /not a real date/],
    ['a wrong gender word', '001203012345||Trần Văn An|01012003|Male|Hà Nội|02022021', /"Nam" or "Nữ", not "Male"/],
    ['a bad issue date', '001203012345||Trần Văn An|01012003|Nam|Hà Nội|32012021', /issue date "32012021"/],
    ['an issue date before birth', '001203012345||Trần Văn An|01012003|Nam|Hà Nội|01012002', /before the date of birth/],
    ['an ID that disagrees with the gender', '001303012345||Trần Văn An|01012003|Nam|Hà Nội|02022021', /does not match/],
    ['an ID that disagrees with the birth year', '001204012345||Trần Văn An|01012003|Nam|Hà Nội|02022021', /does not match/],
    ['a birth year before 1900', '001099012345||Trần Văn An|01011899|Nam|Hà Nội|02022021', /does not match/],
  ])('rejects %s', (_label, text, message) => {
    const result = parseChipQr(text);
    expect(result.ok).toBe(false);
    expect(reasonOf(result)).toMatch(message);
    expect(result.ok ? '' : result.reason.vi).not.toBe('');
  });

  it('rejects a 6-field text that fits neither layout', () => {
    expect(parseChipQr('001203012345|Trần Văn An|Nam|01012003|Hà Nội|x').ok).toBe(false);
  });
});

describe('parseChipQr: the căn cước card QR and other tolerated variants', () => {
  it('ignores extra fields after the issue date (parents\' names) and a cancelled ID number', () => {
    const expected = parseChipQr(STANDARD);
    expect(parseChipQr(`${STANDARD}|Nguyễn Văn Bố|Trần Thị Mẹ`)).toEqual(expected);
    expect(parseChipQr(`${STANDARD}|x|y`)).toEqual(expected);
    expect(parseChipQr('079190001234|272345678|001190001111|Nguyễn Thị Hoà|15081990|Nữ|Số 12 phố Huế, Hà Nội|20042021')).toEqual(expected);
  });

  it('tolerates stray whitespace inside and around fields', () => {
    expect(parseChipQr(' 079190001234 | 272345678 |Nguyễn  Thị Hoà| 15081990 | Nữ |Số 12 phố Huế,  Hà Nội | 20042021 ')).toEqual(parseChipQr(STANDARD));
  });

  it('does not take a date for the name when the name is missing', () => {
    expect(reasonOf(parseChipQr('001203012345||01012003|Nam|Hà Nội|02022021|Bố|Mẹ'))).toMatch(/full name/);
  });
});

describe('parseChipQr: round trip', () => {
  it('parses back every valid record in the standard layout', () => {
    fc.assert(
      fc.property(chipQrRecordArb, fc.constantFrom('', '\r', '\n', '\r\n', '\t'), (record, ending) => {
        expect(parseChipQr(formatChipQr(record) + ending)).toEqual({ ok: true, value: record });
      }),
    );
  });

  it('extra fields (parents\' names, a cancelled ID, empty ones) and padding never change the record', () => {
    const extra = fc.array(fc.constantFrom('Nguyễn Văn Bố', 'Trần Thị Mẹ', '', '001190001111', 'x'), { maxLength: 4 });
    const pad = fc.constantFrom('', ' ', '  ', '\t');
    fc.assert(
      fc.property(chipQrRecordArb, extra, pad, (record, extras, p) => {
        const fields = formatChipQr(record).split('|').map((f) => `${p}${f}${p}`);
        const text = [...fields, ...extras].join('|');
        expect(parseChipQr(text)).toEqual({ ok: true, value: record });
      }),
    );
  });

  it('parses back the 6-field layouts, losing only the dropped field', () => {
    fc.assert(
      fc.property(chipQrRecordArb, (record) => {
        expect(parseChipQr(formatChipQr(record, 'noOldId'))).toEqual({ ok: true, value: { ...record, oldIdNumber: null } });
        expect(parseChipQr(formatChipQr(record, 'noIssueDate'))).toEqual({ ok: true, value: { ...record, issueDate: null } });
      }),
    );
  });
});
