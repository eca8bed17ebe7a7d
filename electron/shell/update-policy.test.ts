import { describe, expect, it } from 'vitest';
import { decideUpdate, isPerMachineInstall, perMachineNotice, updaterVerifiesSignature, type UpdateFacts } from './update-policy';

const base: UpdateFacts = { feedConfigured: true, perMachine: false, updateAvailable: true, outboxWaiting: 0, outboxPersisted: true, signatureVerified: true };

describe('decideUpdate', () => {
  it('never installs an update whose signature the updater cannot check (Linux AppImage): IT pushes it', () => {
    expect(decideUpdate({ ...base, signatureVerified: false })).toEqual({ action: 'notify', reason: 'no-signature-check' });
    expect(updaterVerifiesSignature('linux')).toBe(false);
    expect(updaterVerifiesSignature('win32')).toBe(true);
  });

  it('never checks without an intranet feed', () => {
    expect(decideUpdate({ ...base, feedConfigured: false })).toEqual({ action: 'skip', reason: 'no-feed' });
  });

  it('does nothing when no newer version exists', () => {
    expect(decideUpdate({ ...base, updateAvailable: false })).toEqual({ action: 'skip', reason: 'up-to-date' });
  });

  it('only notifies on a per-machine install, even with an empty outbox', () => {
    expect(decideUpdate({ ...base, perMachine: true })).toEqual({ action: 'notify', reason: 'per-machine' });
    expect(decideUpdate({ ...base, perMachine: true, outboxWaiting: 3, outboxPersisted: false }).action).toBe('notify');
  });

  it('lets a per-user install update itself', () => {
    expect(decideUpdate(base)).toEqual({ action: 'install', reason: 'per-user' });
  });

  it('installs with actions waiting only because they are persisted and resent after restart', () => {
    expect(decideUpdate({ ...base, outboxWaiting: 5 })).toEqual({ action: 'install', reason: 'per-user' });
    expect(decideUpdate({ ...base, outboxWaiting: 5, outboxPersisted: false })).toEqual({ action: 'defer', reason: 'outbox-not-persisted' });
    expect(decideUpdate({ ...base, outboxWaiting: 0, outboxPersisted: false }).action).toBe('install');
  });
});

describe('isPerMachineInstall', () => {
  const winEnv = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };

  it('treats Program Files as per-machine, case-insensitively', () => {
    expect(isPerMachineInstall('win32', 'C:\\Program Files\\OneStop Desk\\OneStop Desk.exe', winEnv)).toBe(true);
    expect(isPerMachineInstall('win32', 'c:\\program files\\OneStop Desk\\OneStop Desk.exe', winEnv)).toBe(true);
    expect(isPerMachineInstall('win32', 'D:\\Apps\\Program Files Extra\\desk.exe', { ProgramFiles: 'D:\\Apps\\Program Files' })).toBe(false);
  });

  it('treats a per-user NSIS install under AppData as per-user', () => {
    expect(isPerMachineInstall('win32', 'C:\\Users\\an\\AppData\\Local\\Programs\\OneStop Desk\\OneStop Desk.exe', winEnv)).toBe(false);
  });

  it('treats deb (/opt) as per-machine and an AppImage as per-user', () => {
    expect(isPerMachineInstall('linux', '/opt/OneStop Desk/onestop-desk', {})).toBe(true);
    expect(isPerMachineInstall('linux', '/tmp/.mount_deskXYZ/onestop-desk', { APPIMAGE: '/home/an/Desk.AppImage' })).toBe(false);
    expect(isPerMachineInstall('linux', '/home/an/desk/onestop-desk', {})).toBe(false);
  });
});

describe('perMachineNotice', () => {
  it('names the version in Vietnamese and English', () => {
    const notice = perMachineNotice('1.2.3');
    expect(notice.vi).toContain('1.2.3');
    expect(notice.vi).toContain('IT');
    expect(notice.en).toContain('IT will install it');
  });
});
