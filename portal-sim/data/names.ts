import type { Rng } from './rng';

/**
 * Vietnamese name pools. Surname weights follow published estimates (Nguyễn ≈ 38%,
 * Trần ≈ 11%, Lê ≈ 9.5%...). Given names cover every tone mark (à á ả ã ạ) and the
 * vowels ă â ê ô ơ ư plus đ/Đ, so search folding is exercised on realistic text.
 */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 3.1], ['Huỳnh', 2.0], ['Phan', 4.5],
  ['Vũ', 2.4], ['Võ', 1.5], ['Đặng', 2.1], ['Bùi', 2.0], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3],
  ['Dương', 1.0], ['Lý', 0.5], ['Trương', 0.9], ['Đinh', 0.8], ['Đoàn', 0.7], ['Lâm', 0.5], ['Mai', 0.5],
  ['Trịnh', 0.5], ['Lương', 0.4], ['Cao', 0.4], ['Tạ', 0.3], ['Quách', 0.2], ['Chu', 0.2], ['Tô', 0.2],
  ['Hà', 0.3], ['Kiều', 0.1], ['Lưu', 0.2], ['Âu', 0.05], ['Ông', 0.05], ['Ưng', 0.02], ['Ứng', 0.02],
];

export const MALE_MIDDLE = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Công', 'Thành', 'Xuân', 'Ngọc', 'Anh', 'Gia', 'Bảo', 'Trọng', 'Đình', 'Mạnh', 'Tuấn', 'Hoàng'];
export const FEMALE_MIDDLE = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Bảo', 'Minh', 'Hồng', 'Phương', 'Diệu', 'Mỹ', 'Khánh', 'Thùy', 'Ánh', 'Tường'];

export const MALE_GIVEN = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đức', 'Giang', 'Hải', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Long', 'Mạnh', 'Nam',
  'Nghĩa', 'Phúc', 'Quân', 'Sơn', 'Tuấn', 'Thắng', 'Trung', 'Việt', 'Vĩnh', 'Hưởng', 'Lực', 'Lộc', 'Tài', 'Thịnh',
  'Toàn', 'Trí', 'Tú', 'Vũ', 'Kiên', 'Hiếu', 'Hoà', 'Phong', 'Quang', 'Duy', 'Ẩn', 'Ổn', 'Ấn', 'Đăng', 'Đông',
];
export const FEMALE_GIVEN = [
  'Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hạnh', 'Hoa', 'Hương', 'Huyền', 'Lan', 'Linh', 'Loan', 'Mai', 'My',
  'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Uyên', 'Vân', 'Xuân', 'Yến',
  'Ánh', 'Ngọc', 'Diễm', 'Nguyệt', 'Sương', 'Thư', 'Trâm', 'Hiền', 'Lụa', 'Ỷ Lan', 'Ưng', 'Ân', 'Ý', 'Đào', 'Điệp',
];

export interface PersonName {
  readonly surname: string;
  readonly full: string;
}

export function vietnameseName(rng: Rng, gender: 'male' | 'female', surname?: string): PersonName {
  const family = surname ?? rng.weighted(SURNAMES);
  const pool = gender === 'male' ? MALE_MIDDLE : FEMALE_MIDDLE;
  const plain = gender === 'male' ? 'Văn' : 'Thị';
  // Some people carry two middle names, the plain one first ("Nguyễn Thị Ngọc Anh").
  const middle = rng.chance(0.12) ? `${plain} ${rng.pick(pool.filter((m) => m !== plain))}` : rng.pick(pool);
  const given = rng.pick(gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN);
  return { surname: family, full: `${family} ${middle} ${given}`.normalize('NFC') };
}

export const FOREIGN_PEOPLE: readonly (readonly [string, string])[] = [
  ['John Smith', 'US'], ['Emily Johnson', 'US'], ['Kim Min-jun', 'KR'], ['Park Ji-yeon', 'KR'], ['Tanaka Hiroshi', 'JP'],
  ['Sato Yuki', 'JP'], ['Wang Wei', 'CN'], ['Li Na', 'CN'], ['Pierre Dubois', 'FR'], ['Claire Martin', 'FR'],
  ['Lukas Müller', 'DE'], ['Olivia Brown', 'AU'], ['Somchai Srisuk', 'TH'], ['Sok Dara', 'KH'], ['Chanthavong Souk', 'LA'],
  ['Ivan Petrov', 'RU'], ['José García', 'ES'], ['Nguyễn Văn Thanh Paul', 'CA'],
];

export const ORGANISATION_FORMS = ['Công ty TNHH', 'Công ty Cổ phần', 'Hợp tác xã', 'Doanh nghiệp tư nhân', 'Công ty TNHH MTV'];
export const ORGANISATION_WORDS = [
  'Thương mại', 'Dịch vụ', 'Xây dựng', 'Đầu tư', 'Phát triển', 'Nông nghiệp', 'Thủy sản', 'Vận tải', 'Công nghệ',
  'Sản xuất', 'Xuất nhập khẩu', 'Du lịch', 'Môi trường', 'Điện lực', 'Dược phẩm', 'Thực phẩm', 'Giáo dục',
];
export const ORGANISATION_BRANDS = ['Hòa Bình', 'Sông Hồng', 'Phú Thịnh', 'Đại Việt', 'Ánh Dương', 'Trường Sơn', 'Hưng Thịnh', 'Bắc Ái', 'Mê Kông', 'Hải Đăng', 'Tân Lộc', 'Quỳnh Anh', 'Đồng Tâm', 'Vĩnh Phát'];
