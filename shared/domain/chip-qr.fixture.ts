/** Test-only generators for chip-card QR records whose ID agrees with birth date and gender. */
import fc from 'fast-check';
import type { ChipQrRecord } from './chip-qr';
import { renderName, vietnameseNameArb } from './vietnamese-names.fixture';

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

const ADDRESSES = [
  'Số 12 ngõ 34 phố Huế, Phường Hai Bà Trưng, Hà Nội',
  'Thôn Đông, Xã Yên Phong, Tỉnh Bắc Ninh',
  'Tổ 5, Phường Hoà Khánh, Thành phố Đà Nẵng',
  'Ấp 3, Xã Tân Thạnh, Tỉnh Long An',
];

/** A consistent 12-digit ID: province 001–096, century/gender digit, birth year, six random digits. */
export function idFor(birthDate: string, gender: 'male' | 'female', province: number, serial: number): string {
  const year = Number(birthDate.slice(0, 4));
  const g = (Math.floor(year / 100) - 19) * 2 + (gender === 'female' ? 1 : 0);
  return `${String(province).padStart(3, '0')}${g}${birthDate.slice(2, 4)}${String(serial).padStart(6, '0')}`;
}

export const chipQrRecordArb: fc.Arbitrary<ChipQrRecord> = fc
  .record({
    birth: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    gender: fc.constantFrom('male' as const, 'female' as const),
    province: fc.integer({ min: 1, max: 96 }),
    serial: fc.integer({ min: 0, max: 999_999 }),
    oldId: fc.option(fc.stringMatching(/^\d{9}$/), { nil: null }),
    name: vietnameseNameArb,
    address: fc.option(fc.constantFrom(...ADDRESSES), { nil: null }),
    issueAfterDays: fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: null }),
  })
  .map(({ birth, gender, province, serial, oldId, name, address, issueAfterDays }) => {
    const birthDate = isoDay(birth);
    return {
      idNumber: idFor(birthDate, gender, province, serial),
      oldIdNumber: oldId,
      fullName: renderName(name),
      birthDate,
      gender,
      address,
      issueDate: issueAfterDays === null ? null : isoDay(new Date(birth.getTime() + issueAfterDays * 86_400_000)),
    };
  });
