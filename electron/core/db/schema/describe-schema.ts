import type { Db } from '../connection';

/**
 * The schema as "kind name: definition" entries, one per column, index, trigger, view and
 * table, so two schemas compare entry by entry: a migration that adds a column leaves every
 * existing entry as it was, one that changes or drops something shows which entry it was.
 * Internal tables (sqlite_*, FTS shadow tables) belong to SQLite and are left out.
 */
export function describeSchema(db: Db): Map<string, string> {
  const entries = new Map<string, string>();
  const tables = db
    .prepare<[], { name: string; type: string; strict: number; wr: number }>(
      "SELECT name, type, strict, wr FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual', 'view') AND name NOT LIKE 'sqlite_%'",
    )
    .all();
  const sqlOf = db.prepare<[string], string>('SELECT sql FROM sqlite_schema WHERE name = ?').pluck();
  const columns = db.prepare<[string], { name: string; type: string; notnull: number; dflt_value: string | null; pk: number; hidden: number }>(
    'SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)',
  );
  const uniques = db.prepare<[string], { name: string; origin: string }>("SELECT name, origin FROM pragma_index_list(?) WHERE origin IN ('u', 'pk')");
  const indexColumns = db.prepare<[string], string>('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck();
  const foreignKeys = db.prepare<[string], { table: string; from: string; to: string | null; on_update: string; on_delete: string }>(
    'SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?)',
  );
  for (const t of tables) {
    if (t.type !== 'table') {
      entries.set(`${t.type} ${t.name}`, normalise(sqlOf.get(t.name) ?? ''));
      continue;
    }
    entries.set(`table ${t.name}`, [t.strict ? 'STRICT' : 'NOT STRICT', t.wr ? 'WITHOUT ROWID' : 'ROWID'].join(', '));
    for (const c of columns.all(t.name)) {
      const parts = [c.type || 'ANY', c.notnull ? 'NOT NULL' : 'NULL'];
      if (c.pk) parts.push(`PRIMARY KEY ${c.pk}`);
      if (c.dflt_value !== null) parts.push(`DEFAULT ${c.dflt_value}`);
      if (c.hidden) parts.push(`HIDDEN ${c.hidden}`);
      entries.set(`column ${t.name}.${c.name}`, parts.join(' '));
    }
    for (const u of uniques.all(t.name)) entries.set(`unique ${t.name}(${indexColumns.all(u.name).join(', ')})`, u.origin === 'pk' ? 'PRIMARY KEY' : 'UNIQUE');
    for (const f of foreignKeys.all(t.name)) {
      entries.set(`foreign key ${t.name}.${f.from}`, `REFERENCES ${f.table} (${f.to ?? 'rowid'}) ON DELETE ${f.on_delete} ON UPDATE ${f.on_update}`);
    }
    checks(sqlOf.get(t.name) ?? '').forEach((check, i) => entries.set(`check ${t.name} #${i + 1}`, check));
  }
  const others = db
    .prepare<[], { type: string; name: string; sql: string }>(
      "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%'",
    )
    .all();
  for (const o of others) entries.set(`${o.type} ${o.name}`, normalise(o.sql));
  return new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const normalise = (sql: string): string => sql.replace(/\s+/g, ' ').trim();

/** The CHECK constraints of a CREATE TABLE statement (SQLite offers no pragma for them). */
function checks(createTable: string): string[] {
  const found: string[] = [];
  const sql = normalise(createTable);
  for (const match of sql.matchAll(/\bCHECK\s*\(/gi)) {
    const open = (match.index ?? 0) + match[0].length;
    let depth = 1;
    let i = open;
    for (; i < sql.length && depth > 0; i++) depth += sql[i] === '(' ? 1 : sql[i] === ')' ? -1 : 0;
    found.push(sql.slice(open, i - 1).trim());
  }
  return found;
}

/** The committed snapshot's text: the schema version, then one entry per line. */
export function schemaSnapshot(db: Db): string {
  const version = Number(db.pragma('user_version', { simple: true }));
  const lines = [...describeSchema(db)].map(([key, value]) => `${key}: ${value}`);
  return [`-- The desk database schema after every migration (user_version ${version}).`, '-- Regenerate with `npm run db:schema` after adding a migration; review the diff.', ...lines, ''].join('\n');
}
