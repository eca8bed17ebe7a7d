import { describe, expect, it } from 'vitest';
import { allowedExternalUrl, EXTERNAL_ALLOW_LIST, isAllowedExternalUrl } from './external-url';

describe('isAllowedExternalUrl: allowed', () => {
  it.each([
    'https://dichvucong.gov.vn',
    'https://dichvucong.gov.vn/',
    'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
    'https://dichvucong.gov.vn/p/home?q=1#top',
    'https://vneid.gov.vn/',
    'https://dichvucong.gov.vn:443/',
    'HTTPS://DICHVUCONG.GOV.VN/',
  ])('%s', (url) => {
    expect(isAllowedExternalUrl(url, EXTERNAL_ALLOW_LIST)).toBe(true);
  });

  it('hands back the normalised URL, not the raw text', () => {
    expect(allowedExternalUrl('HTTPS://DichVuCong.gov.vn:443/a/../b')).toBe('https://dichvucong.gov.vn/b');
    // An escaped host decodes to the same origin; the OS opener receives the decoded form.
    expect(allowedExternalUrl('https://dichvucong%2egov%2evn/')).toBe('https://dichvucong.gov.vn/');
  });
});

describe('isAllowedExternalUrl: refused', () => {
  it.each([
    'https://portal.example.vn.evil.com',
    'https://dichvucong.gov.vn.evil.com',
    'https://dichvucong.gov.vn.evil.com/',
    'https://evil-dichvucong.gov.vn/',
    'https://evildichvucong.gov.vn/',
    'https://www.dichvucong.gov.vn/',
    'https://evil.com/?https://dichvucong.gov.vn',
    'https://evil.com/#https://dichvucong.gov.vn',
    'https://evil.com/https://dichvucong.gov.vn',
    'https://user@evil.com',
    'https://dichvucong.gov.vn@evil.com/',
    'https://dichvucong.gov.vn:x@evil.com/',
    'https://user@dichvucong.gov.vn/',
    'https://user:pass@dichvucong.gov.vn/',
    'http://dichvucong.gov.vn',
    'http://dichvucong.gov.vn:443/',
    'https://dichvucong.gov.vn:8443/',
    'https://dichvucong.gov.vn./',
    'https://xn--dchvucong-0k7d.gov.vn/',
    'https://xn--dichvucng-62h.gov.vn/',
    'https://dịchvucong.gov.vn/',
    'https://dichvucоng.gov.vn/',
    'https://vneіd.gov.vn/',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'JavaScript://dichvucong.gov.vn/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'file://dichvucong.gov.vn/etc/passwd',
    'app://../../etc/passwd',
    'app://desk/index.html',
    'vbscript:msgbox(1)',
    'ms-settings:',
    'smb://dichvucong.gov.vn/share',
    'ftp://dichvucong.gov.vn/',
    '//dichvucong.gov.vn/',
    'dichvucong.gov.vn',
    ' https://dichvucong.gov.vn/',
    'https://dichvucong.gov.vn/ ',
    'https://dichvucong.gov.vn/\n',
    '\thttps://dichvucong.gov.vn/',
    'https://dichvucong.gov.vn/a b',
    'https://dichvucong.gov.vn/\u200b',
    'https://dichvucong.gov.vn/\u0000',
    `https://dichvucong.gov.vn/${'a'.repeat(3000)}`,
    '',
    'not a url',
  ])('%s', (url) => {
    expect(isAllowedExternalUrl(url, EXTERNAL_ALLOW_LIST)).toBe(false);
  });

  it.each([null, undefined, 42, {}, ['https://dichvucong.gov.vn'], new URL('https://dichvucong.gov.vn')])(
    'non-string %s',
    (value) => {
      expect(isAllowedExternalUrl(value)).toBe(false);
    },
  );

  it('refuses everything when the allow-list is empty', () => {
    expect(isAllowedExternalUrl('https://dichvucong.gov.vn/', [])).toBe(false);
  });

  it('ignores allow-list entries that are not https origins', () => {
    const list = ['http://dichvucong.gov.vn', 'javascript:alert(1)', 'not a url', 'dichvucong.gov.vn'];
    expect(isAllowedExternalUrl('http://dichvucong.gov.vn/', list)).toBe(false);
    expect(isAllowedExternalUrl('https://dichvucong.gov.vn/', list)).toBe(false);
  });

  it('compares origins, not prefixes, when the allow-list entry has a path', () => {
    const list = ['https://dichvucong.gov.vn/p/home'];
    expect(isAllowedExternalUrl('https://dichvucong.gov.vn/other', list)).toBe(true);
    expect(isAllowedExternalUrl('https://dichvucong.gov.vn.evil.com/p/home', list)).toBe(false);
  });
});
