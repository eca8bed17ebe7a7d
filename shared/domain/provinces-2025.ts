/**
 * The 34 provincial-level units since 01/07/2025 (Resolution 202/2025/QH15): 6
 * centrally-run cities and 28 provinces, as written in addresses.
 */
export const PROVINCES_SINCE_2025: readonly string[] = [
  'Thành phố Hà Nội', 'Thành phố Huế', 'Thành phố Hải Phòng', 'Thành phố Đà Nẵng', 'Thành phố Hồ Chí Minh', 'Thành phố Cần Thơ',
  'Tỉnh Lai Châu', 'Tỉnh Điện Biên', 'Tỉnh Sơn La', 'Tỉnh Lạng Sơn', 'Tỉnh Quảng Ninh', 'Tỉnh Thanh Hóa', 'Tỉnh Nghệ An',
  'Tỉnh Hà Tĩnh', 'Tỉnh Cao Bằng', 'Tỉnh Tuyên Quang', 'Tỉnh Lào Cai', 'Tỉnh Thái Nguyên', 'Tỉnh Phú Thọ', 'Tỉnh Bắc Ninh',
  'Tỉnh Hưng Yên', 'Tỉnh Ninh Bình', 'Tỉnh Quảng Trị', 'Tỉnh Quảng Ngãi', 'Tỉnh Gia Lai', 'Tỉnh Khánh Hòa', 'Tỉnh Lâm Đồng',
  'Tỉnh Đắk Lắk', 'Tỉnh Đồng Nai', 'Tỉnh Tây Ninh', 'Tỉnh Vĩnh Long', 'Tỉnh Đồng Tháp', 'Tỉnh Cà Mau', 'Tỉnh An Giang',
];
