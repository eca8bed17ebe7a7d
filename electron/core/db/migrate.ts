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

/**
 * Applies every pending migration in one transaction and records the result in
 * user_version. A database written by a newer build is refused, not downgraded.
 */
export function migrate(db: Db, migrations: readonly Migration[]): number {
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
  const pending = ordered.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${latest}`);
  })();
  return latest;
}
