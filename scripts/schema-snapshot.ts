// Rewrites the committed schema snapshot (npm run db:schema) after a migration was added.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SNAPSHOT_FILE, migratedSchemaSnapshot } from '../electron/core/db/schema/migrated-schema';

const next = migratedSchemaSnapshot();
let previous = '';
try {
  previous = readFileSync(SNAPSHOT_FILE, 'utf8');
} catch {
  // No snapshot yet: this run writes the first one.
}
const path = fileURLToPath(SNAPSHOT_FILE);
if (previous === next) {
  console.log(`Schema snapshot unchanged: ${path}`);
} else {
  writeFileSync(SNAPSHOT_FILE, next);
  console.log(`Schema snapshot written: ${path}. Review the diff: existing entries must not change unless a migration declares it.`);
}
