// A repository under db/: preparing its statements here is where SQL belongs.
interface Statement { run(...values: unknown[]): unknown }
interface Database { prepare(sql: string): Statement }
export function createRetries(db: Database) {
  const retryAll = db.prepare("UPDATE outbox SET next_attempt_at = NULL WHERE state = 'waiting'");
  return { retryAll: () => retryAll.run() };
}
