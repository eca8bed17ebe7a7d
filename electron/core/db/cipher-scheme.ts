import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * The page ciphers a desk database may be written with. Every one is authenticated per
 * page (a changed byte reads as SQLITE_CORRUPT, a wrong key as SQLITE_NOTADB).
 * AEGIS-256 was chosen by `npm run bench -- cipher`: it inserts and looks up at about
 * plaintext speed on AES-NI, where SQLCipher's CBC + HMAC-SHA512 halves the insert rate.
 */
export const CIPHER_SCHEMES = {
  'aegis-256': ["cipher='aegis'", "algorithm='aegis-256'"],
  'sqlcipher-4': ["cipher='sqlcipher'", 'legacy=4'],
} as const satisfies Record<string, readonly string[]>;

export type CipherScheme = keyof typeof CIPHER_SCHEMES;

/** What new databases are written with, and what older ones are re-encrypted to. */
export const CURRENT_CIPHER: CipherScheme = 'aegis-256';

/** Schemes earlier builds wrote, tried in this order when the current one does not open a file. */
export const LEGACY_CIPHERS: readonly CipherScheme[] = ['sqlcipher-4'];

/** Selects the scheme on a connection; must run before the key (or rekey) pragma. */
export function selectCipher(db: Database.Database, scheme: CipherScheme): void {
  for (const setting of CIPHER_SCHEMES[scheme]) db.pragma(setting);
}
