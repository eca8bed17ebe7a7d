/** Bytes in a database key (SQLCipher raw key). */
export const KEY_BYTES = 32;

/**
 * Where the database key comes from. The Electron app wraps it with the OS keystore
 * (electron/safe-storage-key.ts); the CLI, tests and benchmarks use a key file.
 */
export interface KeyProvider {
  /** The key; created (random) on first use. Never creates a second key for existing data. */
  getOrCreateKey(): Buffer;
  describe(): { readonly backend: string };
}
