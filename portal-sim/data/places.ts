import type { Rng } from './rng';

/** A handful of real place names for addresses (commune, district, province). */
const PLACES: readonly (readonly [string, string, string])[] = [
  ['Phường Bến Nghé', 'Quận 1', 'Thành phố Hồ Chí Minh'],
  ['Phường Tân Định', 'Quận 1', 'Thành phố Hồ Chí Minh'],
  ['Phường 12', 'Quận Gò Vấp', 'Thành phố Hồ Chí Minh'],
  ['Phường Linh Trung', 'Thành phố Thủ Đức', 'Thành phố Hồ Chí Minh'],
  ['Phường Hàng Bạc', 'Quận Hoàn Kiếm', 'Thành phố Hà Nội'],
  ['Phường Dịch Vọng', 'Quận Cầu Giấy', 'Thành phố Hà Nội'],
  ['Xã Đông Dư', 'Huyện Gia Lâm', 'Thành phố Hà Nội'],
  ['Phường Hải Châu I', 'Quận Hải Châu', 'Thành phố Đà Nẵng'],
  ['Phường Vĩnh Ninh', 'Thành phố Huế', 'Tỉnh Thừa Thiên Huế'],
  ['Xã Nghĩa Hưng', 'Huyện Lạng Giang', 'Tỉnh Bắc Giang'],
  ['Phường Ninh Kiều', 'Quận Ninh Kiều', 'Thành phố Cần Thơ'],
  ['Xã Tân Phú Đông', 'Thành phố Sa Đéc', 'Tỉnh Đồng Tháp'],
  ['Phường Quyết Thắng', 'Thành phố Biên Hòa', 'Tỉnh Đồng Nai'],
  ['Xã Ea Tu', 'Thành phố Buôn Ma Thuột', 'Tỉnh Đắk Lắk'],
  ['Phường Lộc Thọ', 'Thành phố Nha Trang', 'Tỉnh Khánh Hòa'],
  ['Xã Quỳnh Lưu', 'Huyện Nho Quan', 'Tỉnh Ninh Bình'],
  ['Phường Trần Phú', 'Thành phố Quảng Ngãi', 'Tỉnh Quảng Ngãi'],
  ['Thị trấn Sa Pa', 'Thị xã Sa Pa', 'Tỉnh Lào Cai'],
];
const STREETS = ['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Điện Biên Phủ', 'Phan Đình Phùng', 'Võ Thị Sáu', 'Hùng Vương', 'Nguyễn Trãi', 'Quang Trung', 'Đồng Khởi', 'Bà Triệu', 'Ngô Quyền'];

export function address(rng: Rng): string {
  const [commune, district, province] = rng.pick(PLACES);
  const street = rng.chance(0.7) ? `Số ${rng.between(1, 450)} đường ${rng.pick(STREETS)}, ` : `Thôn ${rng.between(1, 12)}, `;
  return `${street}${commune}, ${district}, ${province}`.normalize('NFC');
}

export function phone(rng: Rng): string {
  return `${rng.pick(['090', '091', '093', '097', '098', '086', '032', '035', '070', '077', '081', '085'])}${String(rng.int(10_000_000)).padStart(7, '0')}`;
}

/** ASCII-folded, for e-mail local parts. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '');
}
