import type { Db } from './connection';

/**
 * A stamp that moves on every write: this connection's total_changes() and data_version
 * (other connections' commits). An unchanged stamp means unchanged tables. Two prepared
 * statements: the pragma_data_version table function cost more than the lookup it guards.
 */
export function createChangeStamp(db: Db): () => string {
  const changes = db.prepare<[], number>('SELECT total_changes()').pluck();
  const version = db.prepare<[], number>('PRAGMA data_version').pluck();
  return () => `${changes.get() ?? 0}:${version.get() ?? 0}`;
}
