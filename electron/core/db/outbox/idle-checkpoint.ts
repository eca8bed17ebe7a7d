import type { Db } from '../connection';

export interface IdleCheckpointOptions {
  /** Commits between two checkpoints (default 64, about 450 WAL pages of recorded actions). */
  readonly everyCommits?: number;
  /** SQLite's own automatic checkpoint, kept as a backstop for bursts with no idle moment. */
  readonly backstopPages?: number;
}

/**
 * Moves WAL checkpoints off the officer's path. SQLite's automatic checkpoint runs inside
 * whichever COMMIT pushes the WAL past 1000 pages: at 7–9 pages per recorded action, one
 * action in ~120 paid a ~3 ms checkpoint on top of its own commit (that was the p99).
 * Here a PASSIVE checkpoint runs after the commit, off the caller's stack (setImmediate),
 * once enough commits have piled up. Durability is unchanged: every commit's WAL frames
 * are already fsynced (synchronous=FULL); a checkpoint only copies them into the file.
 */
export function createIdleCheckpointer(db: Db, options: IdleCheckpointOptions = {}) {
  const every = options.everyCommits ?? 64;
  db.pragma(`wal_autocheckpoint = ${options.backstopPages ?? 4000}`);
  let commits = 0;
  let queued = false;
  const checkpoint = () => {
    queued = false;
    commits = 0;
    // A closed database (shutdown) or a busy reader just skips this one; the backstop remains.
    if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
  };
  return {
    /** Call after each committed write transaction. */
    committed(): void {
      commits += 1;
      if (commits < every || queued) return;
      queued = true;
      setImmediate(() => {
        try {
          checkpoint();
        } catch {
          // SQLITE_BUSY or similar: nothing is lost, the next one or the backstop checkpoints.
        }
      });
    },
  };
}
export type IdleCheckpointer = ReturnType<typeof createIdleCheckpointer>;
