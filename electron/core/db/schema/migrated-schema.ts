import { openDatabase, type Db } from '../connection';
import { migrate, type Migration } from '../migrate';
import { migrations } from '../migrations';
import { schemaSnapshot } from './describe-schema';

/** Where the committed snapshot lives, next to the code that writes it. */
export const SNAPSHOT_FILE = new URL('./schema.snapshot.txt', import.meta.url);

/** Reads from a fresh in-memory database after `steps` (default: every migration), then closes it. */
export function readMigrated<T>(read: (db: Db) => T, steps: readonly Migration[] = migrations): T {
  const db = openDatabase(':memory:');
  try {
    migrate(db, steps);
    return read(db);
  } finally {
    db.close();
  }
}

/** The snapshot text of a database with every migration applied. */
export const migratedSchemaSnapshot = (): string => readMigrated(schemaSnapshot);
