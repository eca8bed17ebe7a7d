/** Amounts in Vietnamese đồng: whole numbers, dots between thousands ("50.000 ₫"). */
const VND = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
export const formatVnd = (amount: number): string => VND.format(amount);

/** The largest amount a counter records (a fee, not a budget): guards against a scanner burst typed into the box. */
export const MAX_VND = 999_999_999_999;

/**
 * An amount as an officer types it: "50000", "50.000", "50 000", "50.000 đ" or "50.000 ₫".
 * Null when it is not a whole, non-negative number of đồng (a minus, a comma decimal, letters).
 */
export function parseVndInput(text: string): number | null {
  const bare = text.trim().replace(/\s*(đồng|đ|₫|vnd)$/i, '');
  if (!/^\d{1,3}(?:[.\s]\d{3})*$|^\d+$/.test(bare)) return null;
  const amount = Number(bare.replace(/[.\s]/g, ''));
  return Number.isSafeInteger(amount) && amount <= MAX_VND ? amount : null;
}
