import { parseUrl } from './app-origin';

/** Sites an officer may be sent to in the system browser (public-service portals). */
export const EXTERNAL_ALLOW_LIST: readonly string[] = ['https://dichvucong.gov.vn', 'https://vneid.gov.vn'];

// Whitespace or control characters anywhere: the URL parser would quietly strip or
// keep them, and what the OS opener does with them is not ours to guess.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/u;

/**
 * The normalised URL to hand to shell.openExternal, or null when it may not be opened.
 * Only https, no credentials, and the parsed origin must equal one allow-listed origin
 * exactly: a prefix, a longer host, a query that mentions the site, a lookalike host in
 * another script, another port or scheme are all refused.
 */
export function allowedExternalUrl(raw: unknown, allowList: readonly string[] = EXTERNAL_ALLOW_LIST): string | null {
  if (typeof raw !== 'string' || raw.length > 2048 || UNSAFE_CHARACTERS.test(raw)) return null;
  const url = parseUrl(raw);
  if (!url || url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  const allowedOrigins = new Set(
    allowList.map((entry) => parseUrl(entry)).flatMap((entry) => (entry?.protocol === 'https:' ? [entry.origin] : [])),
  );
  return allowedOrigins.has(url.origin) ? url.href : null;
}

export function isAllowedExternalUrl(raw: unknown, allowList: readonly string[] = EXTERNAL_ALLOW_LIST): boolean {
  return allowedExternalUrl(raw, allowList) !== null;
}
