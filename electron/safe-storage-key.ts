import { safeStorage } from 'electron';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeskFailure } from '../shared/contract/errors';
import { KEY_BYTES, type KeyProvider } from './core/keys/key-provider';
import { decideKeyBackend, wrappedKeyFileSchema, type WrappedKeyFile } from './shell/key-backend';

const KEY_FILE = 'desk-key.json';

function readStored(path: string): WrappedKeyFile | null {
  if (!existsSync(path)) return null;
  const parsed = wrappedKeyFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new DeskFailure('STORAGE', `The wrapped database key ${path} is damaged; it was left as it is. Ask IT.`, { path });
  return parsed.data;
}

/**
 * The database key, stored only wrapped by the OS keystore (safeStorage) in userData,
 * with the backend that wrapped it. Call after app 'ready'. Policy: shell/key-backend.ts.
 */
export function safeStorageKeyProvider(userDataDir: string): KeyProvider {
  const path = join(userDataDir, KEY_FILE);
  let backend = 'unresolved';
  return {
    getOrCreateKey() {
      const stored = readStored(path);
      const decision = decideKeyBackend({
        platform: process.platform,
        encryptionAvailable: safeStorage.isEncryptionAvailable(),
        linuxBackend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null,
        stored,
      });
      if (decision.action === 'refuse') throw new DeskFailure('STORAGE', `${decision.message.en}\n${decision.message.vi}`, { reason: decision.reason });
      backend = decision.backend;
      if (decision.action === 'unwrap' && stored) {
        const hex = safeStorage.decryptString(Buffer.from(stored.wrappedKey, 'base64'));
        if (!/^[0-9a-f]{64}$/.test(hex)) throw new DeskFailure('STORAGE', 'The unwrapped database key is malformed; the data is unchanged. Ask IT.');
        return Buffer.from(hex, 'hex');
      }
      const key = randomBytes(KEY_BYTES);
      const record: WrappedKeyFile = {
        version: 1,
        backend,
        wrappedKey: safeStorage.encryptString(key.toString('hex')).toString('base64'),
        createdAt: new Date().toISOString(),
      };
      writeFileSync(path, JSON.stringify(record), { mode: 0o600, flag: 'wx' });
      return key;
    },
    describe: () => ({ backend }),
  };
}
