import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * Headers for every app:// response, errors included: the CSP travels as a header
 * (stronger than the meta tag, which cannot carry frame-ancestors), and the browser
 * is told never to sniff a content type or leak a referrer.
 */
export function appResponseHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}
