import type { Db } from './connection';
import { DeskFailure } from '../../../shared/contract/errors';

export interface Migration {
  /** Numbered in steps of 10; never renumbered once released. */
  readonly version: number;
  readonly name: string;
  /**
   * Existing schema entries (describeSchema keys) this step changes or removes. A step may
   * add anything; changing what exists must be declared here, or the schema test fails.
   */
  readonly changes?: readonly string[];
  readonly up: (db: Db) => void;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

interface MigrationPlan {
  readonly latest: number;
  readonly pending: readonly Migration[];
}

/** What is left to apply; refuses a broken numbering and a database written by a newer build. */
function planMigrations(db: Db, migrations: readonly Migration[]): MigrationPlan {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((m, i) => {
    if (m.version % 10 !== 0 || (i > 0 && ordered[i - 1]?.version === m.version)) {
      throw new Error(`Migration numbering broken at ${m.version} (${m.name})`);
    }
  });
  const current = Number(db.pragma('user_version', { simple: true }));
  const latest = latestVersion(ordered);
  if (current > latest) {
    throw new DeskFailure(
      'STORAGE',
      `The database was written by a newer version of OneStop Desk (schema ${current}; this build knows up to ${latest}). Install the newer version; the data has not been changed.`,
      { databaseVersion: current, codeVersion: latest },
    );
  }
  return { latest, pending: ordered.filter((m) => m.version > current) };
}

/** The number of migrations this database still needs (0: current). */
export const pendingMigrationCount = (db: Db, migrations: readonly Migration[]): number => planMigrations(db, migrations).pending.length;

/**
 * Applies every pending migration in one transaction and records the result in
 * user_version. A database written by a newer build is refused, not downgraded.
 */
export function migrate(db: Db, migrations: readonly Migration[]): number {
  const { latest, pending } = planMigrations(db, migrations);
  if (pending.length === 0) return Number(db.pragma('user_version', { simple: true }));
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${latest}`);
  })();
  return latest;
}

/**
 * The same, still in one transaction, but awaiting `afterStep` after each migration (and
 * `beforeFirst` before any), so a progress screen can paint between steps. Nothing else
 * may use the connection meanwhile: the app runs this before the core opens.
 */
export async function migrateStepwise(
  db: Db,
  migrations: readonly Migration[],
  hooks: { readonly beforeFirst: (total: number) => Promise<void>; readonly afterStep: (done: number, total: number) => Promise<void> },
): Promise<number> {
  const { latest, pending } = planMigrations(db, migrations);
  if (pending.length === 0) return Number(db.pragma('user_version', { simple: true }));
  await hooks.beforeFirst(pending.length);
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const [i, m] of pending.entries()) {
      m.up(db);
      await hooks.afterStep(i + 1, pending.length);
    }
    db.pragma(`user_version = ${latest}`);
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  return latest;
}
