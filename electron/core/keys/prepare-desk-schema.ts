import { existsSync, statSync } from 'node:fs';
import type { ReportStorageProgress } from '../../../shared/contract/storage';
import { openDatabase } from '../db/connection';
import { migrateStepwise, type Migration } from '../db/migrate';
import { migrations as deskMigrations } from '../db/migrations';
import { isPlaintextDatabase } from './encrypted-database';

/** A cache this large may take a while to migrate (a million dossiers: about a minute), so the screen shows. */
export const MIGRATION_SCREEN_FROM_BYTES = 32 * 1024 * 1024;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Before the core opens: applies pending schema migrations to an existing encrypted desk
 * database, reporting "migration n of N" while a large one runs (a small one migrates
 * without a screen; the core's own open would find nothing left). A new, plaintext or
 * unreadable file is left to the core, which explains what it finds.
 */
export async function prepareDeskSchema(
  path: string,
  keyHex: string,
  onProgress: ReportStorageProgress,
  options: { readonly migrations?: readonly Migration[]; readonly screenFromBytes?: number } = {},
): Promise<number | null> {
  if (!existsSync(path) || isPlaintextDatabase(path)) return null;
  let db;
  try {
    db = openDatabase(path, { keyHex });
  } catch {
    return null;
  }
  try {
    const show = statSync(path).size >= (options.screenFromBytes ?? MIGRATION_SCREEN_FROM_BYTES);
    const report = async (done: number, total: number) => {
      if (show) await onProgress({ job: 'migrate', step: 'migrate', done, total, finished: done === total });
    };
    return await migrateStepwise(db, options.migrations ?? deskMigrations, {
      beforeFirst: (total) => report(0, total),
      afterStep: async (done, total) => {
        await report(done, total);
        await nextTurn();
      },
    });
  } finally {
    db.close();
  }
}
