import type { Db } from '../db/connection';
import type { SyncStateStore, SyncStream } from '../db/cache/sync-state';
import type { PortalError, PortalResult } from '../portal/errors';
import type { Page, PullQuery } from '../../../shared/portal/results';

export interface PullProgress {
  readonly stream: SyncStream;
  readonly firstImport: boolean;
  readonly rows: number;
  /** Rows the portal still holds for this pull, when it says so. */
  readonly total: number | null;
  readonly ratePerSecond: number;
  readonly secondsLeft: number | null;
}

export interface PullStreamDeps<T> {
  readonly db: Db;
  readonly stream: SyncStream;
  readonly state: SyncStateStore;
  readonly fetchPage: (query: PullQuery) => Promise<PortalResult<Page<T>>>;
  /** Writes one item; `firstImport` lets the store defer index upkeep to the end. */
  readonly put: (item: T, firstImport: boolean) => void;
  /** Called once when the first import completes (e.g. rebuild the name index). */
  readonly onImportDone?: () => void;
  readonly now: () => Date;
  readonly pageSize?: number;
  readonly onProgress?: (progress: PullProgress) => void;
  /** Test hook: called after each committed page (crash tests kill the process here). */
  readonly afterPage?: (pages: number) => void;
}

export type PullOutcome = { ok: true; rows: number; pages: number } | { ok: false; rows: number; pages: number; error: PortalError };

/**
 * Pulls one stream page by page. Each page and the cursor that follows it commit
 * in one transaction, so a crash or a network cut resumes from the last committed
 * page: no gaps, no duplicates (rows are upserts keyed by code / ID number).
 */
export async function pullStream<T>(deps: PullStreamDeps<T>): Promise<PullOutcome> {
  const started = deps.now().getTime();
  let rows = 0;
  let pages = 0;
  let total: number | null = null;
  for (;;) {
    const state = deps.state.get(deps.stream);
    const firstImport = !state.importDone;
    const position = state.cursor ? { cursor: state.cursor } : state.updatedSince ? { updatedSince: state.updatedSince } : {};
    // The rows left are counted once per run, on its first page (it costs the portal a count).
    const query: PullQuery = { ...position, limit: deps.pageSize ?? 1000, ...(pages === 0 ? { withTotal: true } : {}) };
    const page = await deps.fetchPage(query);
    if (!page.ok) return { ok: false, rows, pages, error: page.error };
    const at = deps.now().toISOString();
    const done = !page.value.hasMore;
    deps.db.transaction(() => {
      for (const item of page.value.items) deps.put(item, firstImport);
      if (done && firstImport) deps.onImportDone?.();
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
    })();
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
