import type { SimDb } from './db';

/**
 * Change times only move forward: every change gets a time later than every stored
 * row, so a client resuming from a cursor never misses a change, even when the wall
 * clock is behind the generated data or two changes land in the same millisecond.
 */
export function createChangeClock(db: SimDb): () => number {
  const row = db
    .prepare('SELECT max(m) AS m FROM (SELECT max(updated_ms) AS m FROM dossiers UNION ALL SELECT max(updated_ms) FROM citizens)')
    .get() as { m: number | null };
  let last = row.m ?? 0;
  return () => {
    last = Math.max(Date.now(), last + 1);
    return last;
  };
}
