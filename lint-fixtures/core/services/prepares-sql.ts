// A service preparing SQL itself instead of calling a repository under db/.
interface Statement { run(...values: unknown[]): unknown }
interface Database { prepare(sql: string): Statement }
export const retryAll = (db: Database) => db.prepare("UPDATE outbox SET next_attempt_at = NULL WHERE state = 'waiting'").run();
