import type { Db } from './connection';

/**
 * A stamp that moves on every write: this connection's total_changes() and data_version
 * (other connections' commits). An unchanged stamp means unchanged tables.
 */
export function createChangeStamp(db: Db): () => string {
  const stamp = db.prepare<[], { t: number; v: number }>('SELECT total_changes() AS t, (SELECT data_version FROM pragma_data_version) AS v');
  return () => {
    const row = stamp.get();
    return row ? `${row.t}:${row.v}` : '';
  };
}
