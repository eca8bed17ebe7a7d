import type { Db } from '../electron/core/db/connection';

type Args = unknown[];
interface Executed {
  readonly sql: string;
  readonly args: Args;
}

const RUNS = new Set(['all', 'get', 'iterate', 'run']);
const CHAINS = new Set(['pluck', 'raw', 'expand', 'safeIntegers', 'bind']);

/**
 * Records every statement the repositories built on `db` execute, so a test can ask SQLite
 * how it plans exactly the SQL and parameters a repository method used (not a copy of it).
 * Wrap before the repositories are created: they prepare their statements once.
 */
export function recordStatements(db: Db): { during(run: () => unknown): Executed[]; plan(executed: Executed): string[] } {
  const prepare = db.prepare.bind(db);
  let log: Executed[] | null = null;
  const wrapped = (sql: string) => {
    const statement = prepare(sql);
    const proxy: object = new Proxy(statement, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof key !== 'string' || typeof value !== 'function') return value;
        const method = value as (...a: Args) => unknown;
        if (RUNS.has(key)) {
          return (...args: Args) => {
            log?.push({ sql, args });
            return method.apply(target, args);
          };
        }
        if (CHAINS.has(key)) {
          return (...args: Args) => {
            method.apply(target, args);
            return proxy;
          };
        }
        return method.bind(target);
      },
    });
    return proxy;
  };
  db.prepare = wrapped as Db['prepare'];
  return {
    during(run) {
      log = [];
      try {
        run();
        return log;
      } finally {
        log = null;
      }
    },
    /** SQLite's plan for one executed statement, one "SCAN …" / "SEARCH …" line per step. */
    plan(executed) {
      const rows = prepare(`EXPLAIN QUERY PLAN ${executed.sql}`).all(...executed.args) as { detail: string }[];
      return rows.map((row) => row.detail);
    },
  };
}
