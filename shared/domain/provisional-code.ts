/**
 * Provisional dossier numbers given at an offline intake: TMP-{device}-{yymmdd}-{n}.
 * Unique per PC; the portal's official code replaces it on delivery, and receipts
 * printed with it stay searchable (the desk keeps an alias).
 */
const PROVISIONAL = /^TMP-[A-Z0-9]{1,6}-\d{6}-\d{4,6}$/;

export function provisionalCode(deviceId: string, officeDay: string, n: number): string {
  const device = deviceId.replace(/[^A-Za-z0-9]/g, '').slice(0, 6).toUpperCase();
  return `TMP-${device}-${officeDay.slice(2).replaceAll('-', '')}-${String(n).padStart(4, '0')}`;
}

export const isProvisionalCode = (code: string): boolean => PROVISIONAL.test(code);

/** The provisional number typed or scanned (any case), upper-cased, or null. */
export function findProvisionalCode(text: string): string | null {
  const upper = text.trim().toUpperCase();
  return PROVISIONAL.test(upper) ? upper : null;
}
