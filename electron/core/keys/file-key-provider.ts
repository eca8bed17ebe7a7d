import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DeskFailure } from '../../../shared/contract/errors';
import { KEY_BYTES, type KeyProvider } from './key-provider';

/**
 * A key in a file readable only by its owner (mode 0600), for Node, the CLI and tests.
 * The file holds the key as hex on one line; anything else is refused, not replaced.
 */
export function fileKeyProvider(path: string): KeyProvider {
  return {
    getOrCreateKey() {
      if (existsSync(path)) {
        const text = readFileSync(path, 'utf8').trim();
        if (!/^[0-9a-f]{64}$/.test(text)) {
          throw new DeskFailure('STORAGE', `The database key file ${path} is damaged; it was left as it is. Restore it from backup.`, { path });
        }
        return Buffer.from(text, 'hex');
      }
      const key = randomBytes(KEY_BYTES);
      // 'wx' fails if another process created the file meanwhile: never overwrite a key.
      writeFileSync(path, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
      chmodSync(path, 0o600);
      return key;
    },
    describe: () => ({ backend: 'file' }),
  };
}
