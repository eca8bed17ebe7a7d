import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveAppRequest } from './app-request';

const root = path.resolve('/srv/desk/out/renderer');
const inside = (file: string) => path.join(root, file);

describe('resolveAppRequest: what it serves', () => {
  it.each([
    ['app://desk/', 'index.html', 'text/html; charset=utf-8'],
    ['app://desk', 'index.html', 'text/html; charset=utf-8'],
    ['app://desk/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://desk/index.html?x=1#top', 'index.html', 'text/html; charset=utf-8'],
    ['app://desk/assets/index-abc123.js', 'assets/index-abc123.js', 'text/javascript; charset=utf-8'],
    ['app://desk/assets/index-abc123.css', 'assets/index-abc123.css', 'text/css; charset=utf-8'],
    ['app://desk/assets/logo.SVG', 'assets/logo.SVG', 'image/svg+xml'],
    ['app://desk/fonts/NotoSans-Regular.woff2', 'fonts/NotoSans-Regular.woff2', 'font/woff2'],
    ['app://desk/assets/blob', 'assets/blob', 'application/octet-stream'],
    ['app://desk/t%C3%A0i%20li%E1%BB%87u.txt', 'tài liệu.txt', 'text/plain; charset=utf-8'],
    ['APP://DESK/index.html', 'index.html', 'text/html; charset=utf-8'],
  ])('%s → %s', (url, file, mimeType) => {
    expect(resolveAppRequest(url, root)).toEqual({ ok: true, filePath: inside(file), mimeType });
  });
});

describe('resolveAppRequest: hostile requests are refused', () => {
  it.each([
    'app://desk/../../etc/passwd',
    'app://desk/assets/../../../etc/passwd',
    'app://desk/%2e%2e/%2e%2e/etc/passwd',
    'app://desk/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://desk/%2e%2e%2fetc/passwd',
    'app://desk/.%2e/etc/passwd',
    'app://desk/%2e./etc/passwd',
    'app://desk/assets/..%2f..%2f..%2fetc/passwd',
    'app://desk/%252e%252e/%252e%252e/etc/passwd',
    'app://desk/%252e%252e%252fetc%252fpasswd',
    'app://desk/..\\..\\etc\\passwd',
    'app://desk/assets\\..\\..\\secret',
    'app://desk/%5c..%5c..%5cetc%5cpasswd',
    'app://desk/a%5cb',
    'app://desk/index.html%00.png',
    'app://desk/%00',
    'app://desk/a%0ab',
    'app://desk//etc/passwd',
    'app://desk/%2fetc%2fpasswd',
    'app://desk/C:/Windows/win.ini',
    'app://desk/C%3a%5cWindows%5cwin.ini',
    'app://desk/assets/',
    'app://desk/%E0%A4%A',
    'app://../../etc/passwd',
    'app://desk.evil/index.html',
    'app://evil/index.html',
    'app:///etc/passwd',
    'app://desk:8080/index.html',
    'app://user@desk/index.html',
    'app://user:pw@desk/index.html',
    'app:desk/index.html',
    'file:///etc/passwd',
    'https://desk/index.html',
    'javascript:alert(1)',
    '/etc/passwd',
    '../../etc/passwd',
    '',
    'not a url',
  ])('%s', (url) => {
    const result = resolveAppRequest(url, root);
    expect(result.ok).toBe(false);
  });

  it('serves a single-dot segment as the same folder (harmless, folded by the URL parser)', () => {
    expect(resolveAppRequest('app://desk/assets/./index.js', root)).toMatchObject({ ok: true, filePath: inside('assets/index.js') });
  });

  it('gives a 403 for traversal, other hosts and forbidden characters, 400 for garbage', () => {
    expect(resolveAppRequest('app://desk/../../etc/passwd', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppRequest('app://desk.evil/index.html', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppRequest('app://desk/a%00b', root)).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppRequest('not a url', root)).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppRequest('app://desk/%E0%A4%A', root)).toMatchObject({ ok: false, status: 400 });
  });

  it('applies Windows path rules when given path.win32', () => {
    const winRoot = 'C:\\Program Files\\OneStop Desk\\resources\\renderer';
    const ok = resolveAppRequest('app://desk/assets/app.js', winRoot, path.win32);
    expect(ok).toEqual({ ok: true, filePath: `${winRoot}\\assets\\app.js`, mimeType: 'text/javascript; charset=utf-8' });
    for (const url of ['app://desk/..%5c..%5cwin.ini', 'app://desk/D:%5cx', 'app://desk/%5c%5cserver%5cshare', 'app://desk/C:/x']) {
      expect(resolveAppRequest(url, winRoot, path.win32).ok).toBe(false);
    }
  });
});

describe('resolveAppRequest: property', () => {
  it('never resolves outside the root, whatever the path', () => {
    const pieces = fc.constantFrom('..', '.', '%2e', '%2E', '%2f', '%2F', '%5c', '/', '\\', '%25', '%00', 'a', 'etc', 'passwd', ':', 'C:');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.string({ maxLength: 8 }), (parts, tail) => {
        const result = resolveAppRequest(`app://desk/${parts.join('')}${tail}`, root);
        if (result.ok) {
          const rel = path.relative(root, result.filePath);
          expect(rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel) || rel === '').toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
