import type { Rng } from './rng';

/**
 * A handful of places as addressed before and after the 2025 reorganisation: the old
 * commune, district and province (63 provinces), and the commune/ward and province it
 * belongs to since 01/07/2025 (34 provinces, no districts). Training data: check names
 * against Decision 19/2025/QĐ-TTg's unit list before relying on them.
 */
interface Place {
  readonly before: readonly [commune: string, district: string, province: string];
  readonly since: readonly [commune: string, province: string];
}
const place = (before: Place['before'], since: Place['since']): Place => ({ before, since });
const PLACES: readonly Place[] = [
  place(['Phường Bến Nghé', 'Quận 1', 'Thành phố Hồ Chí Minh'], ['Phường Sài Gòn', 'Thành phố Hồ Chí Minh']),
  place(['Phường Tân Định', 'Quận 1', 'Thành phố Hồ Chí Minh'], ['Phường Tân Định', 'Thành phố Hồ Chí Minh']),
  place(['Phường Bến Thành', 'Quận 1', 'Thành phố Hồ Chí Minh'], ['Phường Bến Thành', 'Thành phố Hồ Chí Minh']),
  place(['Phường Hàng Bạc', 'Quận Hoàn Kiếm', 'Thành phố Hà Nội'], ['Phường Hoàn Kiếm', 'Thành phố Hà Nội']),
  place(['Phường Dịch Vọng', 'Quận Cầu Giấy', 'Thành phố Hà Nội'], ['Phường Cầu Giấy', 'Thành phố Hà Nội']),
  place(['Phường Điện Biên', 'Quận Ba Đình', 'Thành phố Hà Nội'], ['Phường Ba Đình', 'Thành phố Hà Nội']),
  place(['Phường Hải Châu I', 'Quận Hải Châu', 'Thành phố Đà Nẵng'], ['Phường Hải Châu', 'Thành phố Đà Nẵng']),
  place(['Phường Vĩnh Ninh', 'Thành phố Huế', 'Tỉnh Thừa Thiên Huế'], ['Phường Thuận Hóa', 'Thành phố Huế']),
  place(['Xã Nghĩa Hưng', 'Huyện Lạng Giang', 'Tỉnh Bắc Giang'], ['Xã Lạng Giang', 'Tỉnh Bắc Ninh']),
  place(['Phường Tân An', 'Quận Ninh Kiều', 'Thành phố Cần Thơ'], ['Phường Ninh Kiều', 'Thành phố Cần Thơ']),
  place(['Phường 1', 'Thành phố Sa Đéc', 'Tỉnh Đồng Tháp'], ['Phường Sa Đéc', 'Tỉnh Đồng Tháp']),
  place(['Phường Quyết Thắng', 'Thành phố Biên Hòa', 'Tỉnh Đồng Nai'], ['Phường Trấn Biên', 'Tỉnh Đồng Nai']),
  place(['Phường Tân Lợi', 'Thành phố Buôn Ma Thuột', 'Tỉnh Đắk Lắk'], ['Phường Buôn Ma Thuột', 'Tỉnh Đắk Lắk']),
  place(['Phường Lộc Thọ', 'Thành phố Nha Trang', 'Tỉnh Khánh Hòa'], ['Phường Nha Trang', 'Tỉnh Khánh Hòa']),
  place(['Thị trấn Nho Quan', 'Huyện Nho Quan', 'Tỉnh Ninh Bình'], ['Xã Nho Quan', 'Tỉnh Ninh Bình']),
  place(['Phường Trần Phú', 'Thành phố Quảng Ngãi', 'Tỉnh Quảng Ngãi'], ['Phường Cẩm Thành', 'Tỉnh Quảng Ngãi']),
  place(['Thị trấn Sa Pa', 'Thị xã Sa Pa', 'Tỉnh Lào Cai'], ['Phường Sa Pa', 'Tỉnh Lào Cai']),
];

/** The first day of two-tier local government (Resolution 203/2025/QH15). */
export const TWO_TIER_FROM = '2025-07-01';

const STREETS = ['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Điện Biên Phủ', 'Phan Đình Phùng', 'Võ Thị Sáu', 'Hùng Vương', 'Nguyễn Trãi', 'Quang Trung', 'Đồng Khởi', 'Bà Triệu', 'Ngô Quyền'];

/**
 * An address as written on `onDate` (yyyy-MM-dd): three tiers before 01/07/2025, commune
 * and province from then on. Drawing from a per-person stream gives the same house in
 * both eras.
 */
export function address(rng: Rng, onDate: string): string {
  const where = rng.pick(PLACES);
  const street = rng.chance(0.7) ? `Số ${rng.between(1, 450)} đường ${rng.pick(STREETS)}, ` : `Thôn ${rng.between(1, 12)}, `;
  const parts = onDate >= TWO_TIER_FROM ? where.since : where.before;
  return `${street}${parts.join(', ')}`.normalize('NFC');
}

export function phone(rng: Rng): string {
  return `${rng.pick(['090', '091', '093', '097', '098', '086', '032', '035', '070', '077', '081', '085'])}${String(rng.int(10_000_000)).padStart(7, '0')}`;
}

/** ASCII-folded, for e-mail local parts. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '');
}
