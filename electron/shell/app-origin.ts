/**
 * Where the app lives: the renderer is served from app://desk/, never from file:// or
 * http://. Every origin check in the shell compares against these parsed values.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Parses a URL without throwing; null when it is not a URL at all. */
export function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string') return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True when `raw` belongs to the app's own origin. Compared on the parsed parts
 * (scheme, host, no credentials, no port), never by prefix: `app://desk.evil/` and
 * `app://desk@evil/` are foreign.
 */
export function isAppUrl(raw: unknown): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
