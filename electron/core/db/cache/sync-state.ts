import type { Db } from '../connection';
import { syncStreamSchema, type SyncStream } from '../../../../shared/contract/sync';

export type { SyncStream };

export interface SyncState {
  readonly stream: SyncStream;
  readonly updatedSince: string | null;
  readonly cursor: string | null;
  readonly importDone: boolean;
  readonly rows: number;
  readonly lastSuccessAt: string | null;
}

interface Row {
  stream: SyncStream;
  updated_since: string | null;
  cursor: string | null;
  import_done: number;
  rows: number;
  last_success_at: string | null;
}

/** Where each pull stream stands; saved in the same transaction as the page it follows. */
export function createSyncStateStore(db: Db) {
  const select = db.prepare<[SyncStream], Row>('SELECT * FROM sync_state WHERE stream = ?');
  const upsert = db.prepare(`
    INSERT INTO sync_state (stream, updated_since, cursor, import_done, rows, last_page_at, last_success_at)
    VALUES (@stream, @updatedSince, @cursor, @importDone, @rows, @at, @lastSuccessAt)
    ON CONFLICT (stream) DO UPDATE SET updated_since = excluded.updated_since, cursor = excluded.cursor,
      import_done = excluded.import_done, rows = excluded.rows, last_page_at = excluded.last_page_at,
      last_success_at = excluded.last_success_at`);
  const lastSuccess = db.prepare<[], { at: string | null }>('SELECT min(last_success_at) AS at FROM sync_state');
  return {
    get(stream: SyncStream): SyncState {
      const row = select.get(stream);
      return {
        stream,
        updatedSince: row?.updated_since ?? null,
        cursor: row?.cursor ?? null,
        importDone: row?.import_done === 1,
        rows: row?.rows ?? 0,
        lastSuccessAt: row?.last_success_at ?? null,
      };
    },
    save(state: SyncState, at: string): void {
      upsert.run({ ...state, importDone: state.importDone ? 1 : 0, at });
    },
    /** The freshness every screen shows: the older of the two streams' last full refresh. */
    refreshedAt: (): string | null => {
      const states = syncStreamSchema.options.map((s) => select.get(s));
      if (states.some((s) => !s?.last_success_at)) return null;
      return lastSuccess.get()?.at ?? null;
    },
  };
}
export type SyncStateStore = ReturnType<typeof createSyncStateStore>;
