import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

export interface OpenOptions {
  /** Hex-encoded 32-byte key; when given the file is encrypted (SQLCipher-compatible). */
  readonly keyHex?: string;
  readonly readonly?: boolean;
}

/**
 * Opens the desk database with the durability settings the outbox relies on:
 * WAL so readers never block the writer, synchronous=FULL so a committed action
 * survives power loss, foreign keys on, and a busy timeout instead of instant SQLITE_BUSY.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const db = new Database(path, { readonly: options.readonly ?? false });
  try {
    if (options.keyHex !== undefined) {
      db.pragma(`cipher='sqlcipher'`);
      db.pragma(`legacy=4`);
      db.pragma(`key="x'${options.keyHex}'"`);
    }
    // Touch the schema so a wrong key or a non-database file fails here, not later.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Sorts, index builds and temp tables stay in memory: the cipher does not encrypt
    // SQLite's temp files, so an index build would otherwise spill ID numbers in clear.
    db.pragma('temp_store = MEMORY');
    // 32 MB of decrypted pages: encrypted pages read from the OS cache must be decrypted
    // again, so a cache that holds the hot indexes keeps lookups near the plaintext cost.
    db.pragma('cache_size = -32768');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
