import { closeSync, copyFileSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { DeskFailure } from '../../../shared/contract/errors';
import type { ReportStorageProgress } from '../../../shared/contract/storage';
import { CURRENT_CIPHER, selectCipher, type CipherScheme } from '../db/cipher-scheme';
import { openDatabase, type Db } from '../db/connection';
import { KEY_BYTES, type KeyProvider } from './key-provider';
import { detectCipher } from '../db/detect-cipher';
import { reencryptDatabase, reencryptDatabaseAsync, removeReencryptLeftovers, type ReencryptResult } from './reencrypt-database';
import { rowCounts } from '../db/row-counts';

const PLAINTEXT_HEADER = 'SQLite format 3\0';

export interface EncryptedOpen {
  readonly db: Db;
  /** Set when a plaintext database was found and encrypted during this open. */
  readonly encryptedFromPlaintext: { readonly tables: number; readonly rows: number } | null;
  /** Set when a database in an older cipher was re-encrypted during this open. */
  readonly reencrypted: ReencryptResult | null;
}

/** True when the file starts with SQLite's plaintext header (an unencrypted database). */
export function isPlaintextDatabase(path: string): boolean {
  if (!existsSync(path) || statSync(path).size < PLAINTEXT_HEADER.length) return false;
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(PLAINTEXT_HEADER.length);
    readSync(fd, header, 0, header.length, 0);
    return header.toString('latin1') === PLAINTEXT_HEADER;
  } finally {
    closeSync(fd);
  }
}

function applyCipher(db: Db, keyHex: string): void {
  selectCipher(db, CURRENT_CIPHER);
  db.rekey(Buffer.from(`x'${keyHex}'`));
}

/**
 * Encrypts a plaintext database without risking it: fold the WAL in, copy the file,
 * encrypt the copy, check every table's row count survived, then atomically rename the
 * copy over the original. A plaintext backup is kept until the encrypted file opened.
 */
export function encryptPlaintextDatabase(path: string, keyHex: string): { tables: number; rows: number } {
  const plain = new Database(path);
  let before: { tables: number; rows: number };
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    plain.pragma('journal_mode = DELETE');
    before = rowCounts(plain);
  } finally {
    plain.close();
  }
  const work = `${path}.encrypting`;
  const backup = `${path}.plaintext-backup`;
  rmSync(work, { force: true });
  copyFileSync(path, backup);
  copyFileSync(path, work);
  const copy = new Database(work);
  try {
    applyCipher(copy, keyHex);
  } finally {
    copy.close();
  }
  const check = openDatabase(work, { keyHex });
  const after = rowCounts(check);
  check.close();
  if (after.rows !== before.rows || after.tables !== before.tables || isPlaintextDatabase(work)) {
    rmSync(work, { force: true });
    rmSync(backup, { force: true });
    throw new DeskFailure('STORAGE', 'Encrypting the database failed a check; the original database is unchanged.', { before, after });
  }
  renameSync(work, path);
  for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  return before;
}

export interface OpenOptions {
  /**
   * Machine policy (storage.adoptPlaintextDatabase): encrypt and adopt a plaintext file
   * found at the database path. Off by default, because anyone who can write to the data
   * folder can plant one, and its queued actions would go out under the officer's token.
   */
  readonly adoptPlaintext?: boolean;
}

/** A plaintext file where the database should be, not adopted: the data is left as it is. */
export function plaintextRefused(path: string): DeskFailure {
  return new DeskFailure(
    'STORAGE',
    `An unencrypted database was found at ${path}; the desk does not adopt one on its own. Ask IT (IT guide: "An unencrypted database was found").\n` +
      `Tìm thấy cơ sở dữ liệu không mã hóa tại ${path}; ứng dụng không tự dùng tệp này. Hãy báo bộ phận CNTT (Hướng dẫn CNTT: "Tìm thấy cơ sở dữ liệu không mã hóa").`,
    { reason: 'plaintext-database', path },
  );
}

/**
 * Opens the desk database with the provider's key. A plaintext database is refused
 * unless the machine policy adopts it (then it is encrypted first, without loss; the
 * caller audits that after migrations ran, see auditDatabaseEncryption). A key that does
 * not fit is a clear STORAGE failure and the file is left untouched.
 */
export function openEncryptedDatabase(path: string, keys: KeyProvider, options: OpenOptions = {}): EncryptedOpen {
  const plaintext = isPlaintextDatabase(path);
  if (plaintext && options.adoptPlaintext !== true) throw plaintextRefused(path);
  const key = keys.getOrCreateKey();
  if (key.length !== KEY_BYTES) throw new DeskFailure('STORAGE', `The database key must be ${KEY_BYTES} bytes.`);
  const keyHex = key.toString('hex');
  const encryptedFromPlaintext = plaintext ? encryptPlaintextDatabase(path, keyHex) : null;
  let db: Db;
  let reencrypted: ReencryptResult | null = null;
  try {
    const legacy = legacyCipherOf(path, keyHex);
    if (legacy) reencrypted = reencryptDatabase(path, keyHex, legacy, CURRENT_CIPHER);
    db = openDatabase(path, { keyHex });
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw keyMismatch(path, keys);
    throw error;
  }
  // The encrypted file opened: a plaintext copy or a re-encryption's leftovers must not stay.
  rmSync(`${path}.plaintext-backup`, { force: true });
  removeReencryptLeftovers(path);
  return { db, encryptedFromPlaintext, reencrypted };
}

function keyMismatch(path: string, keys: KeyProvider): DeskFailure {
  return new DeskFailure(
    'STORAGE',
    `The database key does not match this database (key from ${keys.describe().backend}); the data is unchanged. If the operating-system account or its keystore changed, restore the key or ask IT.`,
    { path, backend: keys.describe().backend },
  );
}

/** The older scheme an existing file is written with, or null (new file, current scheme, or a key that fits none). */
function legacyCipherOf(path: string, keyHex: string): CipherScheme | null {
  if (!existsSync(path)) return null;
  const scheme = detectCipher(path, keyHex);
  return scheme !== null && scheme !== CURRENT_CIPHER ? scheme : null;
}

/**
 * Before the desk opens (the app runs this while its progress screen shows): re-encrypts
 * a database in an older cipher, yielding to the event loop between steps so progress
 * reaches the screen. Does nothing for a new, plaintext or current database; the core's
 * open then finds the file current.
 */
export async function prepareEncryptedDatabase(path: string, keys: KeyProvider, onProgress: ReportStorageProgress): Promise<ReencryptResult | null> {
  const keyHex = keys.getOrCreateKey().toString('hex');
  if (isPlaintextDatabase(path)) return null;
  const legacy = legacyCipherOf(path, keyHex);
  if (!legacy) return null;
  try {
    return await reencryptDatabaseAsync(path, keyHex, legacy, CURRENT_CIPHER, onProgress);
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw keyMismatch(path, keys);
    throw error;
  }
}
