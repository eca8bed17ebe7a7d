import { join } from 'node:path';
import type { Db } from '../db/connection';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { auditDatabaseEncryption } from '../keys/encryption-audit';
import { openEncryptedDatabase } from '../keys/encrypted-database';
import { fileKeyProvider } from '../keys/file-key-provider';
import type { KeyProvider } from '../keys/key-provider';
import { KEY_FILE } from '../keys/tool-database';
import { createLocalStore, type LocalStore } from '../local-store';
import type { DeskContext } from './desk-context';

/** The desk database, opened with its key, migrated, with every repository over it. */
export interface DeskDatabase {
  readonly db: Db;
  readonly store: LocalStore;
  readonly path: string;
  readonly schemaVersion: number;
  readonly keys: KeyProvider;
}

export function openDeskDatabase(context: DeskContext): DeskDatabase {
  const path = join(context.dataDir, 'desk.sqlite');
  const keys = context.options.keyProvider ?? fileKeyProvider(join(context.dataDir, KEY_FILE));
  const opened = openEncryptedDatabase(path, keys, { adoptPlaintext: context.config.storage.adoptPlaintextDatabase });
  const db = opened.db;
  let schemaVersion: number;
  try {
    schemaVersion = migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  const store = createLocalStore(db, context.now);
  auditDatabaseEncryption(store.audit, opened, keys.describe().backend);
  return { db, store, path, schemaVersion, keys };
}
