import { OPEN_OUTBOX_STATES, type OutboxStateName as OutboxState } from '../../../../shared/domain/outbox-states';
import type { Db } from '../connection';
import { sqlList } from '../sql-list';

export type { OutboxStateName as OutboxState } from '../../../../shared/domain/outbox-states';

export interface OutboxRow {
  readonly seq: number;
  readonly idem_key: string;
  readonly kind: string;
  readonly dossier_code: string;
  readonly based_on_seq: number | null;
  readonly expected_version: number | null;
  readonly payload: string;
  readonly officer_id: string;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly next_attempt_at: string | null;
  readonly last_error: string | null;
  readonly created_at: string;
  readonly delivered_at: string | null;
  readonly result_version: number | null;
  readonly result: string | null;
  /** The portal the action was recorded for (null: queued before origins were kept). */
  readonly portal_origin: string | null;
}

export interface NewOutboxRow {
  readonly idemKey: string;
  readonly kind: string;
  readonly dossierCode: string;
  readonly basedOnSeq: number | null;
  readonly expectedVersion: number | null;
  readonly payload: string;
  readonly officerId: string;
  readonly createdAt: string;
  readonly portalOrigin?: string | null;
}

/** Open = still owed to the portal or to the officer (not delivered, not withdrawn). */
const OPEN_STATES = sqlList(OPEN_OUTBOX_STATES);
/**
 * The same set written as the partial index outbox_open's own WHERE term. SQLite uses a
 * partial index only when the query repeats that term; `state IN (…open…)` alone makes
 * it walk every open row of every dossier (O(queue) per lookup, O(queue²) per drain round).
 */
const OPEN_ROW = "state NOT IN ('delivered', 'withdrawn')";

/**
 * SQL for the outbox. Every state change after the enqueue writes an outbox_event row (the
 * action's history); the 'queued' entry is the row's own created_at, not a row of its own:
 * the enqueue commit is on the officer's path and each extra row is more pages to fsync.
 */
export function createOutboxRepo(db: Db) {
  const insert = db.prepare(`
    INSERT INTO outbox (idem_key, kind, dossier_code, based_on_seq, expected_version, payload, officer_id, state, created_at, portal_origin)
    VALUES (@idemKey, @kind, @dossierCode, @basedOnSeq, @expectedVersion, @payload, @officerId, 'waiting', @createdAt, @portalOrigin)`);
  const event = db.prepare<[number, string, string, string | null]>('INSERT INTO outbox_event (seq, at, event, detail) VALUES (?, ?, ?, ?)');
  const bySeq = db.prepare<[number], OutboxRow>('SELECT * FROM outbox WHERE seq = ?');
  const basis = db.prepare<[number], Pick<OutboxRow, 'state' | 'result_version' | 'based_on_seq'>>(
    'SELECT state, result_version, based_on_seq FROM outbox WHERE seq = ?',
  );
  const openStates = db.prepare<[string], Pick<OutboxRow, 'seq' | 'kind' | 'state'>>(
    `SELECT seq, kind, state FROM outbox WHERE dossier_code = ? AND ${OPEN_ROW} ORDER BY seq`,
  );
  const anyOpen = db.prepare<[], number>(`SELECT EXISTS (SELECT 1 FROM outbox WHERE ${OPEN_ROW})`).pluck();
  const openForDossiers = db.prepare<[string], { dossier_code: string; n: number }>(
    `SELECT dossier_code, count(*) AS n FROM outbox WHERE ${OPEN_ROW} AND dossier_code IN (SELECT value FROM json_each(?)) GROUP BY dossier_code`,
  );
  // The head of each dossier's queue: its oldest open action. Only a waiting head may be sent;
  // a head in conflict or rejected blocks the actions behind it until the officer decides.
  const sendable = db.prepare<[string, number], OutboxRow>(`
    SELECT o.* FROM outbox o
    WHERE o.state = 'waiting' AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)
      AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.dossier_code = o.dossier_code AND e.seq < o.seq AND e.${OPEN_ROW})
    ORDER BY o.seq LIMIT ?`);
  const setState = db.prepare(`
    UPDATE outbox SET state = @state, attempts = attempts + @attemptDelta, next_attempt_at = @nextAttemptAt, last_error = @lastError
    WHERE seq = @seq`);
  const markDelivered = db.prepare(`
    UPDATE outbox SET state = 'delivered', delivered_at = @at, result_version = @resultVersion, result = @result, last_error = NULL, next_attempt_at = NULL
    WHERE seq = @seq AND state = 'sending'`);
  // Only a rejected row can be superseded: one being sent or delivered is no longer ours to replace.
  const supersede = db.prepare<[number]>("UPDATE outbox SET state = 'withdrawn', next_attempt_at = NULL WHERE seq = ? AND state = 'rejected'");
  const renameDossier = db.prepare<[string, string]>('UPDATE outbox SET dossier_code = ? WHERE dossier_code = ?');
  const rekey = db.prepare(`
    UPDATE outbox SET idem_key = @idemKey, expected_version = @expectedVersion, based_on_seq = NULL, payload = @payload,
      officer_id = coalesce(@officerId, officer_id), portal_origin = coalesce(@portalOrigin, portal_origin),
      state = 'waiting', next_attempt_at = NULL, last_error = NULL WHERE seq = @seq`);
  const recoverSending = db.prepare(`UPDATE outbox SET state = 'waiting', next_attempt_at = NULL WHERE state = 'sending'`);
  // Only open states, counted from the index on (state, seq) alone; the oldest of each state
  // is its first in queue order (one row read per state, not every open row).
  const summary = db.prepare<[], { state: OutboxState; n: number; oldest: string | null }>(`
    SELECT state, count(*) AS n, (SELECT f.created_at FROM outbox f WHERE f.state = o.state ORDER BY f.seq LIMIT 1) AS oldest
    FROM outbox o WHERE state IN ${OPEN_STATES} GROUP BY state`);
  // From the partial index of rows in back-off (migration 0080). Named: without statistics the
  // planner prefers (state, seq) and would visit every waiting row.
  const earliestRetry = db.prepare<[], { at: string | null }>(
    `SELECT min(next_attempt_at) AS at FROM outbox INDEXED BY outbox_retry WHERE state = 'waiting' AND next_attempt_at IS NOT NULL`,
  );
  const sendWaitingNow = db.prepare("UPDATE outbox SET next_attempt_at = NULL WHERE state = 'waiting' AND next_attempt_at IS NOT NULL");
  const sendOneNow = db.prepare<[number]>("UPDATE outbox SET next_attempt_at = NULL WHERE state = 'waiting' AND seq = ?");
  const list = db.prepare<[{ state: string | null; limit: number }], OutboxRow>(
    'SELECT * FROM outbox WHERE (@state IS NULL OR state = @state) ORDER BY seq DESC LIMIT @limit',
  );
  const intakesCoded = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM outbox WHERE kind = 'intake' AND dossier_code LIKE ?");
  const lastDelivered = db.prepare<[], { at: string | null }>("SELECT max(delivered_at) AS at FROM outbox WHERE state = 'delivered'");
  const openForDossier = db.prepare<[string], OutboxRow>(`SELECT * FROM outbox WHERE dossier_code = ? AND ${OPEN_ROW} ORDER BY seq`);
  // The 'queued' event is the row's created_at, unless the row has one stored (rows written by older versions do).
  const history = db.prepare<[{ seq: number }], { at: string; event: string; detail: string | null }>(`
    SELECT at, event, detail FROM (
      SELECT created_at AS at, 'queued' AS event, NULL AS detail, 0 AS id FROM outbox
      WHERE seq = @seq AND NOT EXISTS (SELECT 1 FROM outbox_event WHERE seq = @seq AND event = 'queued')
      UNION ALL
      SELECT at, event, detail, id FROM outbox_event WHERE seq = @seq
    ) ORDER BY id`);

  return {
    insert: (row: NewOutboxRow): number => Number(insert.run({ ...row, portalOrigin: row.portalOrigin ?? null }).lastInsertRowid),
    get: (seq: number) => bySeq.get(seq),
    /** What the drain needs of the action another was queued behind. */
    basis: (seq: number) => basis.get(seq),
    /** The dossier's open actions in queue order, only what the projection and the chaining need. */
    openStates: (code: string) => openStates.all(code),
    /** Whether any action is still open (one probe of the partial index). */
    anyOpen: (): boolean => anyOpen.get() === 1,
    openCounts(codes: readonly string[]): Map<string, number> {
      if (codes.length === 0) return new Map();
      return new Map(openForDossiers.all(JSON.stringify(codes)).map((r) => [r.dossier_code, r.n]));
    },
    sendable: (nowIso: string, limit: number) => sendable.all(nowIso, limit),
    markSending(seq: number, at: string): void {
      setState.run({ seq, state: 'sending', attemptDelta: 1, nextAttemptAt: null, lastError: null });
      event.run(seq, at, 'sending', null);
    },
    markDelivered(seq: number, at: string, resultVersion: number | null, result: unknown): boolean {
      const changed = markDelivered.run({ seq, at, resultVersion, result: JSON.stringify(result) }).changes > 0;
      if (changed) event.run(seq, at, 'delivered', null);
      return changed;
    },
    markRetry(seq: number, at: string, nextAttemptAt: string, error: unknown): void {
      setState.run({ seq, state: 'waiting', attemptDelta: 0, nextAttemptAt, lastError: JSON.stringify(error) });
      event.run(seq, at, 'retry', JSON.stringify({ nextAttemptAt, error }));
    },
    markFailed(seq: number, at: string, state: 'conflict' | 'rejected', error: unknown): void {
      setState.run({ seq, state, attemptDelta: 0, nextAttemptAt: null, lastError: JSON.stringify(error) });
      event.run(seq, at, state, JSON.stringify(error));
    },
    withdraw(seq: number, at: string, reason: string): void {
      setState.run({ seq, state: 'withdrawn', attemptDelta: 0, nextAttemptAt: null, lastError: null });
      event.run(seq, at, 'withdrawn', JSON.stringify({ reason }));
    },
    /**
     * Closes a rejected row for good in favour of its corrected copy `bySeq` (queued in the same
     * transaction); each row's history names the other. False when the row was not rejected.
     */
    supersede(seq: number, bySeq: number, at: string): boolean {
      if (supersede.run(seq).changes === 0) return false;
      event.run(seq, at, 'superseded', JSON.stringify({ bySeq }));
      event.run(bySeq, at, 'corrects', JSON.stringify({ seq }));
      return true;
    },
    /**
     * Re-applies a failed action with a new key (the old key's payload differs now), sent
     * by `officerId` (who re-applies it) to `portalOrigin` (the portal configured now).
     */
    rekey(
      seq: number,
      at: string,
      change: { idemKey: string; expectedVersion: number | null; payload: string; why: string; officerId?: string; portalOrigin?: string },
    ): void {
      rekey.run({
        seq, idemKey: change.idemKey, expectedVersion: change.expectedVersion, payload: change.payload,
        officerId: change.officerId ?? null, portalOrigin: change.portalOrigin ?? null,
      });
      const sender = change.officerId ? { officerId: change.officerId } : {};
      event.run(seq, at, change.why, JSON.stringify({ expectedVersion: change.expectedVersion, ...sender }));
    },
    renameDossier: (from: string, to: string) => void renameDossier.run(to, from),
    /** In-flight rows found at start-up go out again with the same key. */
    recoverSending: (): number => recoverSending.run().changes,
    summary: () => summary.all(),
    earliestRetry: () => earliestRetry.get()?.at ?? null,
    /** Waiting actions (or one) become sendable now, whatever back-off or Retry-After they were given. */
    sendWaitingNow: (seq?: number): number => (seq === undefined ? sendWaitingNow.run() : sendOneNow.run(seq)).changes,
    /** Intakes ever queued under provisional codes starting with `prefix`. */
    intakesCodedFrom: (prefix: string): number => intakesCoded.get(`${prefix}%`)?.n ?? 0,
    /** Reads every delivered row: callers keep the answer and follow the drain's reports after. */
    lastDeliveredAt: (): string | null => lastDelivered.get()?.at ?? null,
    list: (state: OutboxState | null, limit: number) => list.all({ state, limit }),
    history: (seq: number) => history.all({ seq }),
    openForDossier: (code: string) => openForDossier.all(code),
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
