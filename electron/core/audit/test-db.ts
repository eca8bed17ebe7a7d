import { openDatabase, type Db } from '../db/connection';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';

/** An in-memory desk database at the latest schema, for audit/auth/privacy tests. */
export function memoryDeskDb(): Db {
  const db = openDatabase(':memory:');
  migrate(db, migrations);
  return db;
}

/** Tests only: lifts the append-only triggers so a test can play the attacker. */
export function dropAuditGuards(db: Db): void {
  db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;');
}
