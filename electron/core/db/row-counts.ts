import type { Db } from './connection';

export interface RowCounts {
  readonly tables: number;
  readonly rows: number;
}

/** Ordinary tables (FTS shadow tables included, virtual tables themselves not: their rows live in those). */
export function userTables(db: Db): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .all()
    .map((t) => t.name);
}

export function tableRowCount(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM "${table.replaceAll('"', '""')}"`).get() as { n: number }).n;
}

/** Every table's rows added up: what a copy-then-swap checks before it replaces a database. */
export function rowCounts(db: Db): RowCounts {
  const tables = userTables(db);
  return { tables: tables.length, rows: tables.reduce((sum, name) => sum + tableRowCount(db, name), 0) };
}
