import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_COMPETENT_UNITS, competentUnitsFor } from '../../shared/domain/competent-units';
import { dossierAt } from './dossier-gen';
import { TWO_TIER_FROM } from './places';

// Who received and who decides, as a training officer would read them on the dossier.
const REF = Date.parse('2026-06-15T03:00:00Z');
const CITIZENS = 5000;
const sample = fc.record({ seed: fc.integer({ min: 0, max: 100_000 }), index: fc.integer({ min: 0, max: 999_999 }) });
const run = (check: (d: ReturnType<typeof dossierAt>) => void) =>
  fc.assert(fc.property(sample, ({ seed, index }) => check(dossierAt(seed, index, REF, CITIZENS))), { numRuns: 400 });
const TWO_TIER_CODES = new Set(BUILT_IN_COMPETENT_UNITS.units.filter((u) => u.kind !== 'department').map((u) => u.code));

describe('simulated receiving centres and competent units', () => {
  it('from 01/07/2025: a Public Administrative Service Centre receives (the code says which) and a unit competent for the procedure decides', () => {
    run((d) => {
      if (d.day < TWO_TIER_FROM) return;
      expect(d.body.DonViTiepNhan).toBe(d.agency);
      expect(d.body.TenDonViTiepNhan).toMatch(/^Trung tâm Phục vụ hành chính công (phường|xã|thành phố|tỉnh) /);
      expect(competentUnitsFor(d.body.MaTTHC).map((u) => u.code)).toContain(d.body.DonViXuLy);
      expect(d.body.TenDonViXuLy).not.toMatch(/quận|huyện|Bộ phận Một cửa/i);
    });
  });

  it('before 01/07/2025: the district-era one-stop section received and district-era units decided', () => {
    run((d) => {
      if (d.day >= TWO_TIER_FROM) return;
      expect(d.body.TenDonViTiepNhan).toMatch(/^Bộ phận Một cửa /);
      expect(TWO_TIER_CODES.has(d.body.DonViXuLy)).toBe(false);
      expect(d.body.TenDonViXuLy).not.toMatch(/Trung tâm Phục vụ hành chính công|Sở Nội vụ/);
      if (['XD', 'BTXH'].includes(d.body.MaLinhVuc)) expect(d.body.TenDonViXuLy).toMatch(/quận/);
    });
  });

  it('receipt is boundary-free within the province: centres take dossiers decided by other communes and by provincial departments', () => {
    const recent = Array.from({ length: 3000 }, (_, i) => dossierAt(7, i, REF, CITIZENS)).filter((d) => d.day >= TWO_TIER_FROM);
    const commune = (name: string | undefined) => name?.replace(/^(Trung tâm Phục vụ hành chính công|UBND|Công an) /, '');
    const otherCommune = recent.filter((d) => d.body.TenDonViXuLy?.startsWith('UBND phường') && commune(d.body.TenDonViXuLy) !== commune(d.body.TenDonViTiepNhan));
    const sameCommune = recent.filter((d) => d.body.TenDonViXuLy?.startsWith('UBND phường') && commune(d.body.TenDonViXuLy) === commune(d.body.TenDonViTiepNhan));
    const department = recent.filter((d) => d.body.TenDonViXuLy?.startsWith('Sở ') && d.body.TenDonViTiepNhan?.includes('phường'));
    expect(recent.length).toBeGreaterThan(500);
    expect(otherCommune.length).toBeGreaterThan(0);
    expect(sameCommune.length).toBeGreaterThan(0);
    expect(department.length).toBeGreaterThan(0);
  });
});
