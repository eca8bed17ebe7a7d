import { describe, expect, it } from 'vitest';
import { isAllowedNavigation } from './navigation';

describe('isAllowedNavigation', () => {
  it.each(['app://desk/index.html', 'app://desk/', 'app://desk/index.html#/settings'])('stays in the app: %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    'https://example.com',
    'https://dichvucong.gov.vn/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'javascript:alert(1)',
    'data:text/html,hi',
    'blob:app://desk/123',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'app://desk.evil/index.html',
    'app://evil/',
    'app://desk@evil/',
    'app://user@desk/',
    'app://desk:1234/',
    'app://../../etc/passwd',
    'app:///etc/passwd',
    '',
    'index.html',
  ])('refused: %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it.each([null, undefined, 1, {}])('refused non-string %s', (value) => {
    expect(isAllowedNavigation(value)).toBe(false);
  });
});
