import { openDatabase } from '../connection';
import { migrate } from '../migrate';
import { migrations } from '../migrations';
import { schemaSnapshot } from './describe-schema';

/** Where the committed snapshot lives, next to the code that writes it. */
export const SNAPSHOT_FILE = new URL('./schema.snapshot.txt', import.meta.url);

/** The snapshot text of a fresh in-memory database with every migration applied. */
export function migratedSchemaSnapshot(): string {
  const db = openDatabase(':memory:');
  try {
    migrate(db, migrations);
    return schemaSnapshot(db);
  } finally {
    db.close();
  }
}
