import Database from 'better-sqlite3-multiple-ciphers';
import { CURRENT_CIPHER, LEGACY_CIPHERS, selectCipher, type CipherScheme } from './cipher-scheme';

/**
 * Which known scheme opens an existing encrypted file with this key, the current one
 * first; null when none does (a wrong key or not a database). The file is only read.
 */
export function detectCipher(path: string, keyHex: string): CipherScheme | null {
  for (const scheme of [CURRENT_CIPHER, ...LEGACY_CIPHERS]) {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      selectCipher(db, scheme);
      db.pragma(`key="x'${keyHex}'"`);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return scheme;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_NOTADB') throw error;
    } finally {
      db.close();
    }
  }
  return null;
}
