import { describe, expect, it } from 'vitest';
import { isPermissionGranted, PERMISSION_ALLOW_LIST } from './permissions';

const everyPermission = [
  'media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal',
  'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'idle-detection',
  'mediaKeySystem', 'window-management', 'local-fonts', 'storage-access', 'unknown',
];

describe('isPermissionGranted', () => {
  it('ships with an empty allow-list', () => {
    expect(PERMISSION_ALLOW_LIST).toEqual([]);
  });

  it.each(everyPermission)('denies %s to the app itself by default', (permission) => {
    expect(isPermissionGranted({ permission, requester: 'app://desk' })).toBe(false);
    expect(isPermissionGranted({ permission, requester: 'app://desk/index.html' })).toBe(false);
  });

  it('grants an allow-listed permission to the app origin only', () => {
    const list = [{ permission: 'clipboard-sanitized-write' }];
    expect(isPermissionGranted({ permission: 'clipboard-sanitized-write', requester: 'app://desk/index.html' }, list)).toBe(true);
    expect(isPermissionGranted({ permission: 'clipboard-read', requester: 'app://desk/index.html' }, list)).toBe(false);
    for (const requester of ['https://evil.com', 'app://desk.evil', 'file:///x', 'null', '', null, undefined, 'http://desk']) {
      expect(isPermissionGranted({ permission: 'clipboard-sanitized-write', requester }, list)).toBe(false);
    }
  });
});
