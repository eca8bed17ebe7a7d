import type { Migration } from '../migrate';
import { STORAGE_CIPHER_TABLE } from '../storage-cipher';

/**
 * Which page cipher the file is written with. Every database reaching this version was
 * opened by a build that first converts it to AEGIS-256 (see keys/encrypted-database),
 * so that is the scheme to record unless a re-encryption already recorded its own change.
 */
export const m0110StorageCipher: Migration = {
  version: 110,
  name: 'storage cipher record',
  up(db) {
    db.exec(STORAGE_CIPHER_TABLE);
    db.prepare("INSERT OR IGNORE INTO storage_cipher (id, scheme, changed_at) VALUES (1, 'aegis-256', ?)").run(new Date().toISOString());
  },
};
