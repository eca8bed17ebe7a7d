import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cccdMatches, isCccdFormat } from '../../shared/domain/cccd';
import { citizenWireSchema } from '../../shared/portal/citizen-wire';
import { dossierWireSchema } from '../../shared/portal/dossier-wire';
import { citizenFromWire } from '../../shared/portal/map';
import { daysBetween } from '../../shared/domain/office-time';
import { linkageStateSchema, linkageStatus } from '../../shared/domain/linkage';
import { citizenAt } from './citizen-gen';
import { dossierAt } from './dossier-gen';

const REF = Date.parse('2026-06-15T03:00:00Z');
const seed = fc.integer({ min: 0, max: 1_000_000 });
const index = fc.integer({ min: 0, max: 499_999 });

describe('generated citizens', () => {
  it('match the wire schema, in NFC, with CCCD consistent with birth date and gender', () => {
    fc.assert(
      fc.property(seed, index, (s, i) => {
        const w = citizenAt(s, i, REF);
        expect(citizenWireSchema.safeParse(w).success).toBe(true);
        expect(w.HoVaTen).toBe(w.HoVaTen.normalize('NFC'));
        const c = citizenFromWire(w);
        if (c.kind === 'citizen') {
          expect(isCccdFormat(c.idNumber)).toBe(true);
          expect(cccdMatches(c.idNumber, c.birthDate ?? '', c.gender ?? 'male')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('under-14s and wards always have a guardian and no account of their own', () => {
    fc.assert(
      fc.property(seed, index, (s, i) => {
        const c = citizenFromWire(citizenAt(s, i, REF));
        const minor = c.birthDate !== null && daysBetween(c.birthDate, '2026-06-15') < 14 * 365;
        if ((minor && c.kind === 'citizen') || c.linkage.underGuardianship) {
          expect(c.linkage.guardian).not.toBeNull();
          expect(c.linkage.portalAccount).toBe('none');
          expect(c.linkage.lock).toBeNull();
        }
        if (c.kind === 'organisation') {
          expect(c.linkage).toMatchObject({ birthDate: null, vneidLevel: null, guardian: null });
          expect(c.linkage.organisationEid).not.toBeNull();
        }
        if (c.kind === 'foreigner' && c.linkage.residenceCard === null) expect(c.linkage.portalAccount).toBe('none');
        if (c.kind === 'citizen' && c.linkage.vneidLevel !== null) expect(c.linkage.hasIdentityCard).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the same seed and index give the same record', () => {
    fc.assert(
      fc.property(seed, index, (s, i) => {
        expect(JSON.stringify(citizenAt(s, i, REF))).toBe(JSON.stringify(citizenAt(s, i, REF)));
      }),
    );
  });

  it('a large sample covers every applicant kind and every lock reason', () => {
    const kinds = new Set<string>();
    const locks = new Set<string>();
    const accounts = new Set<string>();
    const states = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const c = citizenFromWire(citizenAt(42, i, REF));
      states.add(linkageStatus(c.linkage, '2026-06-15').state);
      kinds.add(c.linkage.underGuardianship ? 'ward' : c.kind === 'citizen' && c.linkage.guardian ? 'minor' : c.kind);
      if (c.linkage.lock) locks.add(c.linkage.lock.reason);
      accounts.add(`${c.linkage.portalAccount}:${c.linkage.vneidLevel}`);
    }
    expect([...kinds].sort()).toEqual(['certificate_holder', 'citizen', 'foreigner', 'minor', 'organisation', 'ward']);
    expect(locks.size).toBe(6);
    for (const a of ['vneid:2', 'vneid:1', 'legacy:null', 'none:null']) expect(accounts).toContain(a);
    expect([...states].sort()).toEqual([...linkageStateSchema.options].sort());
  });
});

describe('generated dossiers', () => {
  it('match the wire schema; history is ordered, ends in the status, and counts the version', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 500_000 }), (s, i, citizens) => {
        const d = dossierAt(s, i, REF, citizens);
        const full = { MaHoSo: `${d.agency}-260615-0001`, ...d.body };
        expect(dossierWireSchema.safeParse(full).success).toBe(true);
        const history = d.body.QuaTrinhXuLy;
        expect(history.at(-1)?.TrangThaiHoSo).toBe(d.body.TrangThaiHoSo);
        expect(d.body.PhienBan).toBe(history.length);
        const times = history.map((h) => h.ThoiGian);
        expect([...times].sort()).toEqual(times);
        expect(d.body.NgayCapNhat <= '20260615100000').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
