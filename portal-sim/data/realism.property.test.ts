import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../shared/domain/age';
import { officeDate, parseWireDateTime } from '../../shared/domain/office-time';
import { procedureByCode } from '../../shared/domain/procedures';
import { PROVINCES_SINCE_2025 } from '../../shared/domain/provinces-2025';
import { isWorkingDay } from '../../shared/domain/working-days';
import { citizenWireSchema } from '../../shared/portal/citizen-wire';
import { dossierWireSchema } from '../../shared/portal/dossier-wire';
import { citizenAt } from './citizen-gen';
import { dossierAt } from './dossier-gen';
import { isOfficeHours } from './office-clock';

// What a training officer would notice: the simulator's dossiers look like a real counter's.
const REF = Date.parse('2026-06-15T03:00:00Z');
const CITIZENS = 5000;
const ms = (wire: string): number => Date.parse(parseWireDateTime(wire) ?? 'x');
const wireDay = (d: string): string => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
const DISTRICT = /(Quận|Huyện|Thị xã) |, Thành phố [^,]+, Tỉnh /;

const sample = fc.record({ seed: fc.integer({ min: 0, max: 100_000 }), index: fc.integer({ min: 0, max: 999_999 }) });
const run = (check: (d: ReturnType<typeof dossierAt>, seed: number) => void) =>
  fc.assert(fc.property(sample, ({ seed, index }) => check(dossierAt(seed, index, REF, CITIZENS), seed)), { numRuns: 400 });

describe('simulated dossiers are plausible', () => {
  it('every counter step is in office hours on a working day; only online submissions come at any time', () => {
    run((d) => {
      for (const h of d.body.QuaTrinhXuLy) {
        if (h.HanhDong === 'NopTrucTuyen') expect(d.body.KenhThucHien).toBe(2);
        else expect(isOfficeHours(ms(h.ThoiGian)), `${h.HanhDong} at ${h.ThoiGian}`).toBe(true);
      }
      if (d.body.NgayTiepNhan) expect(isWorkingDay(officeDate(new Date(ms(d.body.NgayTiepNhan))))).toBe(true);
    });
  });

  it('records the channel: online dossiers start with the online submission, the others with the counter intake', () => {
    run((d) => {
      expect(dossierWireSchema.safeParse({ MaHoSo: `${d.agency}-260615-0001`, ...d.body }).success).toBe(true);
      const first = d.body.QuaTrinhXuLy[0]?.HanhDong;
      expect(first).toBe(d.body.KenhThucHien === 2 ? 'NopTrucTuyen' : 'TiepNhanTrucTiep');
    });
  });

  it('the due date never precedes the receipt, and the code date is the day the dossier was created', () => {
    run((d) => {
      if (d.body.NgayHenTra && d.body.NgayTiepNhan) expect(ms(d.body.NgayHenTra)).toBeGreaterThanOrEqual(ms(d.body.NgayTiepNhan));
      const first = d.body.QuaTrinhXuLy[0];
      expect(first && officeDate(new Date(ms(first.ThoiGian)))).toBe(d.day);
      expect(officeDate(new Date(ms(d.body.NgayNopHoSo)))).toBe(d.day);
    });
  });

  it('procedures fit the applicant: no companies registering births, no children applying for permits', () => {
    run((d, seed) => {
      const procedure = procedureByCode(d.body.MaTTHC);
      expect(procedure).toBeDefined();
      const applicant = citizenAt(seed, d.applicantIndex, REF);
      expect(citizenWireSchema.safeParse(applicant).success).toBe(true);
      expect(applicant.SoDinhDanh).toBe(d.body.SoDinhDanh);
      if (applicant.LoaiTaiKhoan === 'ToChuc') expect(procedure?.applicants).toContain('organisation');
      else if (applicant.LoaiTaiKhoan === 'NguoiNuocNgoai') expect(procedure?.applicants).toContain('foreigner');
      else expect(procedure?.applicants).toContain('person');
      // Individuals file in their own name only when old enough on the day; never a child or a ward.
      expect(applicant.NguoiGiamHo).toBeNull();
      expect(applicant.DuoiGiamHo).toBe(false);
      if (applicant.NgaySinh) expect(ageOn(wireDay(applicant.NgaySinh), d.day)).toBeGreaterThanOrEqual(procedure?.minAge ?? 99);
    });
  });

  it('addresses from 01/07/2025 have no district and name one of the 34 provinces; older ones keep the old form', () => {
    run((d) => {
      if (d.day >= '2025-07-01') {
        expect(d.body.DiaChi).not.toMatch(DISTRICT);
        expect(PROVINCES_SINCE_2025).toContain(d.body.DiaChi.split(', ').at(-1));
      } else {
        expect(d.body.DiaChi).toMatch(/(Quận|Huyện|Thị xã|Thành phố) [^,]+, (Tỉnh|Thành phố) [^,]+$/);
      }
    });
  });
});
