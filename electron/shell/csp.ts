/**
 * The one Content-Security-Policy of the app. The app:// protocol sends it as a header
 * on every response, and the built renderer/index.html carries the same string in its
 * meta tag (a test compares them). No 'unsafe-eval', no inline scripts or styles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
