import { describe, expect, it } from 'vitest';
import { isBlockedRendererRequest } from './request-filter';

describe('isBlockedRendererRequest', () => {
  it.each(['app://desk/index.html', 'app://desk/assets/a.js', 'data:image/png;base64,AAAA', 'devtools://devtools/bundled/x.html'])(
    'lets %s through',
    (url) => {
      expect(isBlockedRendererRequest(url)).toBe(false);
    },
  );

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/api',
    'HTTPS://dichvucong.gov.vn/',
    'wss://evil.com/socket',
    'ws://localhost/',
    'ftp://evil.com/',
    'file:///etc/passwd',
    'FILE:///C:/Windows/win.ini',
    'not a url',
    '',
  ])('cancels %s', (url) => {
    expect(isBlockedRendererRequest(url)).toBe(true);
  });
});
