import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import { FALLBACK_MIME, mimeTypeFor } from './mime-types';
import { appResponseHeaders } from './response-headers';

const directives = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim().split(/\s+/u)).map(([name, ...values]) => [name ?? '', values]));

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*|https?:/u);
  });

  it('closes objects, base, framing and forms', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });
});

describe('appResponseHeaders', () => {
  it('sends the CSP and nosniff with every response', () => {
    for (const mime of ['text/html; charset=utf-8', FALLBACK_MIME]) {
      const headers = appResponseHeaders(mime);
      expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Content-Type']).toBe(mime);
    }
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b/app-1.JS', 'text/javascript; charset=utf-8'],
    ['x.mjs', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['img.png', 'image/png'],
    ['logo.svg', 'image/svg+xml'],
    ['noext', FALLBACK_MIME],
    ['.htaccess', FALLBACK_MIME],
    ['dir.js/file', FALLBACK_MIME],
    ['C:\\x.js\\file', FALLBACK_MIME],
    ['evil.exe', FALLBACK_MIME],
    ['page.html.exe', FALLBACK_MIME],
  ])('%s → %s', (name, mime) => {
    expect(mimeTypeFor(name)).toBe(mime);
  });
});
