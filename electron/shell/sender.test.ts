import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFrame } from './sender';

const top = (url: string): SenderFrame => ({ url, parent: null });

describe('isTrustedSender', () => {
  it.each(['app://desk/index.html', 'app://desk/', 'app://desk/index.html#/lookup'])('trusts the app top frame at %s', (url) => {
    expect(isTrustedSender(top(url))).toBe(true);
  });

  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('refuses a subframe, even one showing the app', () => {
    const parent = top('app://desk/index.html');
    expect(isTrustedSender({ url: 'app://desk/index.html', parent })).toBe(false);
    expect(isTrustedSender({ url: 'app://desk/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'app://desk/index.html', parent: undefined })).toBe(false);
  });

  it.each([
    'https://evil.com/',
    'https://desk/',
    'http://localhost:5173/',
    'file:///work/main/out/renderer/index.html',
    'file://desk/index.html',
    'app://desk.evil/index.html',
    'app://evil/index.html',
    'app://desk@evil/index.html',
    'app://evil@desk/index.html',
    'app://desk:8080/index.html',
    'about:blank',
    'data:text/html,hi',
    'javascript:1',
    'chrome-error://chromewebdata/',
    'devtools://devtools/',
    '',
  ])('refuses a top frame at %s', (url) => {
    expect(isTrustedSender(top(url))).toBe(false);
  });
});
