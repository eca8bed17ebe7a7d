import { z } from 'zod';
import { parseWireDateTime } from '../../shared/domain/office-time';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { SimDb } from './db';

/** The cursor is the last row's (update time, key), base64url JSON: opaque to clients. */
const cursorSchema = z.object({ t: z.enum(['dossiers', 'citizens']), u: z.number().int(), k: z.string() });
type Cursor = z.infer<typeof cursorSchema>;

const encode = (c: Cursor): string => Buffer.from(JSON.stringify(c)).toString('base64url');

function decode(text: string, table: Cursor['t']): Cursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success && parsed.data.t === table ? parsed.data : null;
  } catch {
    return null;
  }
}

type Statement = Database.Statement;
const statements = new WeakMap<SimDb, Map<string, Statement>>();
/** Prepared once per database: compiling the query costs more than running it. */
function statement(db: SimDb, sql: string): Statement {
  let byText = statements.get(db);
  if (!byText) statements.set(db, (byText = new Map<string, Statement>()));
  let stmt = byText.get(sql);
  if (!stmt) byText.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

export interface PageQuery {
  readonly updatedSince?: string | undefined;
  readonly cursor?: string | undefined;
  readonly limit: number;
  readonly withTotal?: boolean;
}

export type PageResult = { ok: true; json: Buffer } | { ok: false; detail: string };

const COMMA = Buffer.from(',');

/**
 * One page ordered by (update time, key), built as UTF-8 bytes from the stored JSON bodies:
 * parsing and re-serialising every row, or even decoding the bodies into strings and
 * encoding the page again, made the simulator slower than the desk it feeds.
 */
export function readPage(db: SimDb, table: Cursor['t'], query: PageQuery): PageResult {
  const key = table === 'dossiers' ? 'code' : 'id';
  let from: Cursor;
  if (query.cursor !== undefined) {
    const c = decode(query.cursor, table);
    if (!c) return { ok: false, detail: 'cursor is not one this server issued for this list' };
    from = c;
  } else if (query.updatedSince !== undefined) {
    const iso = parseWireDateTime(query.updatedSince);
    if (iso === null) return { ok: false, detail: 'updatedSince must be yyyyMMddHHmmss' };
    from = { t: table, u: Date.parse(iso) - 1, k: '\uffff' };
  } else {
    from = { t: table, u: -1, k: '' };
  }
  const rows = statement(db, `SELECT updated_ms AS u, ${key} AS k, CAST(body AS BLOB) AS body FROM ${table} WHERE (updated_ms, ${key}) > (?, ?) ORDER BY updated_ms, ${key} LIMIT ?`)
    .all(from.u, from.k, query.limit + 1) as { u: number; k: string; body: Buffer }[];
  const hasMore = rows.length > query.limit;
  const page = hasMore ? rows.slice(0, query.limit) : rows;
  const last = page[page.length - 1];
  const next = last ? { t: table, u: last.u, k: last.k } : from;
  const total = query.withTotal
    ? (statement(db, `SELECT count(*) AS n FROM ${table} WHERE (updated_ms, ${key}) > (?, ?)`).get(from.u, from.k) as { n: number }).n
    : null;
  const parts: Buffer[] = [Buffer.from('{"items":[')];
  page.forEach((r, i) => parts.push(...(i === 0 ? [r.body] : [COMMA, r.body])));
  parts.push(Buffer.from(`],"nextCursor":${JSON.stringify(encode(next))},"hasMore":${hasMore}${total === null ? '' : `,"total":${total}`}}`));
  return { ok: true, json: Buffer.concat(parts) };
}
