import type { Db } from '../db/connection';
import type { SyncStateStore, SyncStream } from '../db/cache/sync-state';
import type { PortalError, PortalResult } from '../portal/errors';
import type { Page, PullQuery } from '../../../shared/portal/results';
import type { PullProgress } from '../../../shared/contract/sync';

export type { PullProgress };

/** How a stream's rows reach the cache, row by row or (first import) in bulk. */
export interface StreamWriter<T> {
  /** Upsert keeping every index current (incremental refresh). */
  put(item: T): void;
  /** First import, inside each page's transaction before its rows: stop index upkeep. */
  beginBulk(): void;
  /** First import: the same upsert without index upkeep. */
  putBulk(item: T): void;
  /** First import, in its last page's transaction: build the indexes once. */
  finishBulk(): void;
}

export interface PullStreamDeps<T> {
  readonly db: Db;
  readonly stream: SyncStream;
  readonly state: SyncStateStore;
  readonly fetchPage: (query: PullQuery) => Promise<PortalResult<Page<T>>>;
  readonly writer: StreamWriter<T>;
  readonly now: () => Date;
  readonly pageSize?: number;
  readonly onProgress?: (progress: PullProgress) => void;
  /** Test hook: called after each committed page (crash tests kill the process here). */
  readonly afterPage?: (pages: number) => void;
}

export type PullOutcome = { ok: true; rows: number; pages: number } | { ok: false; rows: number; pages: number; error: PortalError };

/**
 * A first-import page is committed with synchronous=NORMAL (then FULL again before
 * anything else can run: better-sqlite3 is synchronous). WAL keeps the page and its
 * cursor atomic either way; a power cut may only lose the last pages, which the
 * cursor then fetches again. The next FULL commit (an outbox write) syncs them too.
 */
function withRelaxedSync(db: Db, write: () => void): void {
  db.pragma('synchronous = NORMAL');
  try {
    write();
  } finally {
    db.pragma('synchronous = FULL');
  }
}

/** Lets the request just issued reach the socket before the next synchronous write. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Pulls one stream page by page. Each page and the cursor that follows it commit
 * in one transaction, so a crash or a network cut resumes from the last committed
 * page: no gaps, no duplicates (rows are upserts keyed by code / ID number). The next
 * page is requested before the current one is written, so the portal prepares it while
 * the desk writes.
 */
export async function pullStream<T>(deps: PullStreamDeps<T>): Promise<PullOutcome> {
  const started = deps.now().getTime();
  const limit = deps.pageSize ?? 1000;
  let rows = 0;
  let pages = 0;
  let total: number | null = null;
  const initial = deps.state.get(deps.stream);
  const position = initial.cursor ? { cursor: initial.cursor } : initial.updatedSince ? { updatedSince: initial.updatedSince } : {};
  // The rows left are counted once per run, on its first page (it costs the portal a count).
  let next = deps.fetchPage({ ...position, limit, withTotal: true });
  for (;;) {
    const page = await next;
    if (!page.ok) return { ok: false, rows, pages, error: page.error };
    const done = !page.value.hasMore;
    if (!done) {
      next = deps.fetchPage({ cursor: page.value.nextCursor, limit });
      await yieldToEventLoop();
    }
    const state = deps.state.get(deps.stream);
    const firstImport = !state.importDone;
    const at = deps.now().toISOString();
    const write = deps.db.transaction(() => {
      const { writer } = deps;
      if (firstImport) {
        writer.beginBulk();
        for (const item of page.value.items) writer.putBulk(item);
        if (done) writer.finishBulk();
      } else {
        for (const item of page.value.items) writer.put(item);
      }
      deps.state.save(
        {
          ...state,
          cursor: page.value.nextCursor,
          importDone: state.importDone || done,
          rows: state.rows + page.value.items.length,
          lastSuccessAt: done ? at : state.lastSuccessAt,
        },
        at,
      );
    });
    if (firstImport) withRelaxedSync(deps.db, write);
    else write();
    rows += page.value.items.length;
    pages += 1;
    deps.afterPage?.(pages);
    const elapsed = Math.max(1, deps.now().getTime() - started) / 1000;
    const rate = rows / elapsed;
    if (pages === 1) total = page.value.total ?? null;
    deps.onProgress?.({
      stream: deps.stream,
      firstImport,
      rows,
      total,
      ratePerSecond: Math.round(rate),
      secondsLeft: total !== null && rate > 0 ? Math.max(0, Math.round((total - rows) / rate)) : null,
    });
    if (done) return { ok: true, rows, pages };
  }
}
