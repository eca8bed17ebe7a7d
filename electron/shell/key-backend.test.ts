import { describe, expect, it } from 'vitest';
import { decideKeyBackend, wrappedKeyFileSchema, type WrappedKeyFile } from './key-backend';

const stored = (backend: string): WrappedKeyFile => ({ version: 1, backend, wrappedKey: 'AAEC', createdAt: '2026-11-27T02:00:00.000Z' });

describe('decideKeyBackend', () => {
  it('creates a key on first run with a real keystore and records its name', () => {
    expect(decideKeyBackend({ platform: 'win32', encryptionAvailable: true, linuxBackend: null, stored: null })).toEqual({ action: 'create', backend: 'dpapi' });
    expect(decideKeyBackend({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'gnome_libsecret', stored: null })).toEqual({ action: 'create', backend: 'gnome_libsecret' });
  });

  it("refuses Linux's basic_text backend (and an unknown one), even with a stored key", () => {
    for (const linuxBackend of ['basic_text', 'unknown']) {
      expect(decideKeyBackend({ platform: 'linux', encryptionAvailable: true, linuxBackend, stored: null })).toMatchObject({ action: 'refuse', reason: 'plaintext_backend' });
      expect(decideKeyBackend({ platform: 'linux', encryptionAvailable: true, linuxBackend, stored: stored(linuxBackend) })).toMatchObject({ action: 'refuse', reason: 'plaintext_backend' });
    }
  });

  it('refuses when the keystore is unavailable', () => {
    expect(decideKeyBackend({ platform: 'darwin', encryptionAvailable: false, linuxBackend: null, stored: stored('keychain') })).toMatchObject({ action: 'refuse', reason: 'unavailable' });
  });

  it('unwraps with the same backend; a changed backend is a clear refusal, never a new key', () => {
    expect(decideKeyBackend({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'kwallet5', stored: stored('kwallet5') })).toEqual({ action: 'unwrap', backend: 'kwallet5' });
    const changed = decideKeyBackend({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'kwallet6', stored: stored('gnome_libsecret') });
    expect(changed).toMatchObject({ action: 'refuse', reason: 'backend_changed' });
    if (changed.action === 'refuse') {
      expect(changed.message.en).toContain('gnome_libsecret');
      expect(changed.message.vi).toContain('kwallet6');
    }
  });

  it('the key file schema refuses anything but a version-1 record', () => {
    expect(wrappedKeyFileSchema.safeParse(stored('dpapi')).success).toBe(true);
    expect(wrappedKeyFileSchema.safeParse({ ...stored('dpapi'), version: 2 }).success).toBe(false);
    expect(wrappedKeyFileSchema.safeParse({ ...stored('dpapi'), wrappedKey: 'not base64!' }).success).toBe(false);
  });
});
