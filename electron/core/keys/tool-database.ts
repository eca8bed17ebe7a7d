import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DeskFailure } from '../../../shared/contract/errors';
import { openDatabase, type Db } from '../db/connection';
import { detectCipher } from '../db/detect-cipher';
import { isPlaintextDatabase } from './encrypted-database';
import { fileKeyProvider } from './file-key-provider';

export const DATABASE_FILE = 'desk.sqlite';
export const KEY_FILE = 'desk.key';

/**
 * Opens a data folder's database read-only for command-line tools. A plaintext file
 * opens as is; an encrypted one needs the key file beside it. A database whose key is
 * wrapped by the desktop app's OS keystore cannot be opened from a plain Node process.
 */
export function openDatabaseForTools(dataDir: string): Db {
  const path = join(dataDir, DATABASE_FILE);
  if (!existsSync(path)) throw new DeskFailure('NOT_FOUND', `No database at ${path}.`, { path });
  if (isPlaintextDatabase(path)) return openDatabase(path, { readonly: true });
  const keyPath = join(dataDir, KEY_FILE);
  if (!existsSync(keyPath)) {
    throw new DeskFailure('STORAGE', `The database ${path} is encrypted and no key file ${keyPath} exists; its key is held by the desktop app's OS keystore.`, { path });
  }
  const keyHex = fileKeyProvider(keyPath).getOrCreateKey().toString('hex');
  // Read-only: a file still in an older cipher opens as it is (the app converts it).
  const cipher = detectCipher(path, keyHex);
  if (!cipher) throw new DeskFailure('STORAGE', `The key in ${keyPath} does not match the database; the data is unchanged.`, { path });
  return openDatabase(path, { keyHex, cipher, readonly: true });
}
