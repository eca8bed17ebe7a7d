import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDossierCode, parseDossierCode } from './dossier-code';

describe('dossier codes', () => {
  it('parses the official examples', () => {
    expect(parseDossierCode('H15.50.05.13-261008-0975')).toEqual({ agency: 'H15.50.05.13', date: '2026-10-08', sequence: 975 });
    expect(parseDossierCode('000.00.12.H29-240615-0003')).toEqual({ agency: '000.00.12.H29', date: '2024-06-15', sequence: 3 });
    expect(parseDossierCode('000.00.12.H29-240615-1234567')?.sequence).toBe(1_234_567);
  });

  it('rejects impossible dates, short sequences and zero', () => {
    expect(parseDossierCode('000.00.12.H29-240230-0001')).toBeNull();
    expect(parseDossierCode('000.00.12.H29-240615-001')).toBeNull();
    expect(parseDossierCode('000.00.12.H29-240615-0000')).toBeNull();
    expect(parseDossierCode('h15.50.05.13-261008-0975')).toBeNull();
  });

  it('format and parse round-trip', () => {
    const agency = fc.constantFrom('H15.50.05.13', '000.00.12.H29', 'G01.09.H29', 'A.B.C');
    const day = fc.integer({ min: 0, max: 365 * 80 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(agency, day, fc.integer({ min: 1, max: 9_999_999 }), (a, date, sequence) => {
        const code = formatDossierCode({ agency: a, date, sequence });
        expect(parseDossierCode(code)).toEqual({ agency: a, date, sequence });
      }),
    );
  });
});
