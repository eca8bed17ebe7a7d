import { describe, expect, it } from 'vitest';
import { communeOf } from './address';

describe('communeOf', () => {
  it('finds the commune, ward or special zone among the address parts', () => {
    expect(communeOf('Thôn Đông, Xã Yên Phong, Tỉnh Bắc Ninh')).toBe('Xã Yên Phong');
    expect(communeOf('Số 12 ngõ 34 phố Huế, Phường Hai Bà Trưng, Hà Nội')).toBe('Phường Hai Bà Trưng');
    expect(communeOf('Khu 2, Đặc khu Phú Quốc, Tỉnh An Giang')).toBe('Đặc khu Phú Quốc');
  });

  it('is null when no part is a commune-level unit', () => {
    expect(communeOf('Hà Nội')).toBeNull();
    expect(communeOf('')).toBeNull();
    expect(communeOf(null)).toBeNull();
    // "Xã" inside a street name is not the commune.
    expect(communeOf('Đường Xã Đàn, Hà Nội')).toBeNull();
  });
});
