/** The commune-level unit of a Vietnamese address ("Xã …", "Phường …", "Đặc khu …"; "Thị trấn …" in older ones). */
const COMMUNE_PREFIX = /^(xã|phường|thị trấn|đặc khu)\s/iu;

/** "Thôn 1, Xã Tân Phú Đông, Tỉnh Đồng Tháp" → "Xã Tân Phú Đông"; null when the address names none. */
export function communeOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const parts = address.normalize('NFC').split(',').map((part) => part.trim());
  return parts.find((part) => COMMUNE_PREFIX.test(part)) ?? null;
}
