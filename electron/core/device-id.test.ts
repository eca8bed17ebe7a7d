import { describe, expect, it } from 'vitest';
import { migratedDatabases } from '../../test/fixtures/migrated-db';
import { provisionalCode, isProvisionalCode } from '../../shared/domain/provisional-code';
import { createLocalStore, deviceIdOf } from './local-store';

const freshDb = migratedDatabases();
const storeOf = () => createLocalStore(freshDb(), () => new Date('2026-12-01T02:00:00Z'));

describe('the device id', () => {
  it('is 128 random bits, made once and kept', () => {
    const store = storeOf();
    const id = deviceIdOf(store);
    expect(id).toMatch(/^[0-9A-F]{32}$/);
    expect(deviceIdOf(store)).toBe(id);
  });

  it('does not collide across a simulated fleet of 20,000 PCs', () => {
    const memoryPrefs = () => {
      const values = new Map<string, string>();
      return { prefs: { get: (key: string) => values.get(key), set: (key: string, value: string) => void values.set(key, value) } };
    };
    const ids = new Set(Array.from({ length: 20_000 }, () => deviceIdOf(memoryPrefs())));
    expect(ids.size).toBe(20_000);
  });

  it("replaces an older build's 24-bit id and keeps it as legacyDeviceId", () => {
    const store = storeOf();
    store.prefs.set('deviceId', 'A1B2C3');
    const id = deviceIdOf(store);
    expect(id).toMatch(/^[0-9A-F]{32}$/);
    expect(store.prefs.get('legacyDeviceId')).toBe('A1B2C3');
    expect(deviceIdOf(store)).toBe(id);
  });

  it('still makes well-formed provisional numbers', () => {
    const code = provisionalCode(deviceIdOf(storeOf()), '2026-12-01', 7);
    expect(isProvisionalCode(code)).toBe(true);
  });
});
