import { describe, expect, it } from 'vitest';
import { updateRequestAllowed } from './update-feed-origin';

describe('update feed requests', () => {
  const feed = 'https://capnhat.tinh.gov.vn/onestop-desk/';
  it('allow the feed file and installers on the feed origin', () => {
    expect(updateRequestAllowed(feed, 'https://capnhat.tinh.gov.vn/onestop-desk/latest.yml')).toBe(true);
    expect(updateRequestAllowed(feed, 'https://capnhat.tinh.gov.vn/onestop-desk/OneStop-Desk-1.2.0.exe')).toBe(true);
  });
  it('never follow a redirect to another origin or down to http', () => {
    expect(updateRequestAllowed(feed, 'https://evil.example/latest.yml')).toBe(false);
    expect(updateRequestAllowed(feed, 'http://capnhat.tinh.gov.vn/onestop-desk/latest.yml')).toBe(false);
    expect(updateRequestAllowed(feed, 'https://capnhat.tinh.gov.vn:8443/latest.yml')).toBe(false);
    expect(updateRequestAllowed(feed, 'not a url')).toBe(false);
  });
});
