import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * The authenticated page ciphers the driver (SQLite3 Multiple Ciphers) offers: a changed
 * byte reads as SQLITE_CORRUPT, a wrong key as SQLITE_NOTADB. Its AES-CBC and RC4
 * schemes have no MAC and are left out. `npm run bench -- cipher` measures them all;
 * the desk writes CURRENT_CIPHER and converts the LEGACY_CIPHERS earlier builds wrote.
 */
export const CIPHER_SCHEMES = {
  'aegis-256': ["cipher='aegis'", "algorithm='aegis-256'"],
  'aegis-256x2': ["cipher='aegis'", "algorithm='aegis-256x2'"],
  'aegis-128l': ["cipher='aegis'", "algorithm='aegis-128l'"],
  'aegis-128x2': ["cipher='aegis'", "algorithm='aegis-128x2'"],
  'chacha20-poly1305': ["cipher='chacha20'"],
  'ascon-128': ["cipher='ascon128'"],
  'sqlcipher-4': ["cipher='sqlcipher'", 'legacy=4'],
} as const satisfies Record<string, readonly string[]>;

export type CipherScheme = keyof typeof CIPHER_SCHEMES;

/**
 * What new databases are written with, and what older ones are re-encrypted to: the
 * fastest authenticated scheme measured (see README "Performance"). A 256-bit key and
 * nonce, so the raw 32-byte key is used as it is.
 */
export const CURRENT_CIPHER: CipherScheme = 'aegis-256';

/** Schemes earlier builds wrote, tried in this order when the current one does not open a file. */
export const LEGACY_CIPHERS: readonly CipherScheme[] = ['sqlcipher-4'];

/** Selects the scheme on a connection; must run before the key (or rekey) pragma. */
export function selectCipher(db: Database.Database, scheme: CipherScheme): void {
  for (const setting of CIPHER_SCHEMES[scheme]) db.pragma(setting);
}
