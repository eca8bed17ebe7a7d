import type { Dossier } from '../../../shared/domain/dossier';
import { queueReason } from '../../../shared/domain/queue-reasons';
import type { Db } from '../db/connection';
import type { OutboxRepo, OutboxRow } from '../db/outbox/outbox-repo';
import type { ActionSender, SendOutcome } from './action-sender';
import { DEFAULT_BACKOFF, retryDelay, type BackoffPolicy } from './backoff';
import type { Failpoint } from '../failpoints';
import type { Logger } from '../log/logger';
import { createLimiter, type Limiter } from './limiter';

export interface DrainReport {
  delivered: number;
  retried: number;
  conflicts: number;
  rejected: number;
  /** True when a send found the portal unreachable (the drain stopped early). */
  offline: boolean;
  /** When the last delivery of this drain was recorded (null: none delivered). */
  lastDeliveredAt: string | null;
}

export interface DrainHooks {
  /** Inside the delivery transaction: refresh the cache, swap TMP codes, audit. */
  delivered(row: OutboxRow, dossier: Dossier): void;
  /** Inside the failure transaction: audit, keep the portal's current dossier. */
  failed(row: OutboxRow, state: 'conflict' | 'rejected', outcome: SendOutcome): void;
}

export interface DrainDeps {
  readonly db: Db;
  readonly outbox: OutboxRepo;
  readonly sender: ActionSender;
  readonly hooks: DrainHooks;
  readonly now: () => Date;
  readonly random?: () => number;
  readonly failpoint?: Failpoint;
  /** Dossiers sent in parallel; actions of one dossier always go one by one, in queue order. */
  readonly concurrency?: number;
  /** Dossier heads taken per round (one transaction to mark them, one to record outcomes). */
  readonly batchSize?: number;
  readonly backoff?: BackoffPolicy;
  /** The portal this drain delivers to: an action recorded for another is refused, never sent. */
  readonly portalOrigin?: string;
  /** Where a failure inside the app is written in full (the queue keeps only a fixed text). */
  readonly logger?: Pick<Logger, 'error'>;
}

/** The reason as the outbox stores it (code, params, the officer's words, the portal's text as a detail). */
const reasonOf = (o: Exclude<SendOutcome, { kind: 'delivered' }>) => ({
  code: o.code ?? o.kind,
  ...(o.params && Object.keys(o.params).length > 0 ? { params: o.params } : {}),
  message: o.message,
  ...(o.detail ? { detail: o.detail.slice(0, 2000) } : {}),
});

/** Two rounds at a time: one sending while the other finishes and records its outcomes. */
const ROUNDS_IN_FLIGHT = 2;

/** An action recorded for one portal is not the business of another (nor sent under its token). */
const portalChanged = (recordedFor: string): SendOutcome => ({
  kind: 'rejected',
  message: {
    vi: `Thao tác được ghi cho cổng ${recordedFor}, nay máy dùng cổng khác: không gửi. Kiểm tra lại rồi áp dụng lại hoặc rút lại.`,
    en: `The action was recorded for the portal ${recordedFor} and this PC now uses another: not sent. Check it, then re-apply or withdraw it.`,
  },
});

/**
 * The version an action must claim: the result of the action it was queued behind,
 * when that one was delivered; otherwise the version the officer saw.
 */
function expectedVersion(outbox: OutboxRepo, row: OutboxRow): number | null {
  let basis = row.based_on_seq === null ? undefined : outbox.basis(row.based_on_seq);
  while (basis) {
    if (basis.state === 'delivered') return basis.result_version;
    basis = basis.based_on_seq === null ? undefined : outbox.basis(basis.based_on_seq);
  }
  return row.expected_version;
}

/**
 * Drains the outbox: single-flight (a second call joins the running drain), ordered
 * per dossier by queue sequence, parallel across dossiers, capped back-off with
 * jitter that honours Retry-After. A failed action is never deleted.
 */
export function createOutboxDrain(deps: DrainDeps) {
  const random = deps.random ?? Math.random;
  const failpoint = deps.failpoint ?? (() => undefined);
  const concurrency = deps.concurrency ?? 8;
  const batchSize = deps.batchSize ?? 64;
  const policy = deps.backoff ?? DEFAULT_BACKOFF;
  let running: Promise<DrainReport> | null = null;

  async function send(row: OutboxRow): Promise<SendOutcome> {
    if (deps.portalOrigin && row.portal_origin !== null && row.portal_origin !== deps.portalOrigin) return portalChanged(row.portal_origin);
    try {
      return await deps.sender.send({
        idemKey: row.idem_key,
        kind: row.kind,
        dossierCode: row.dossier_code,
        expectedVersion: expectedVersion(deps.outbox, row),
        payload: JSON.parse(row.payload) as unknown,
        officerId: row.officer_id,
      });
    } catch (error) {
      // A bug or an unexpected failure must not strand the row in 'sending': retry it later.
      deps.logger?.error({ seq: row.seq, kind: row.kind, err: error }, 'sending an action failed inside the app');
      return { kind: 'retry', retryAfterMs: null, code: 'internal', message: queueReason('internal'), offline: false };
    }
  }

  /** Records one outcome; runs inside the batch's transaction (a savepoint of its own). */
  function settle(row: OutboxRow, outcome: SendOutcome, at: string, report: DrainReport): void {
    switch (outcome.kind) {
      case 'delivered':
        deps.outbox.markDelivered(row.seq, at, outcome.dossier.version, { code: outcome.dossier.code, version: outcome.dossier.version });
        failpoint('mid-transaction');
        deps.hooks.delivered(row, outcome.dossier);
        report.delivered += 1;
        report.lastDeliveredAt = at;
        return;
      case 'retry': {
        const delay = retryDelay(row.attempts + 1, outcome.retryAfterMs, policy, random);
        deps.outbox.markRetry(row.seq, at, new Date(deps.now().getTime() + delay).toISOString(), reasonOf(outcome));
        report.retried += 1;
        if (outcome.offline) report.offline = true;
        return;
      }
      case 'conflict':
      case 'rejected': {
        const error =
          outcome.kind === 'conflict' ? { ...reasonOf(outcome), code: 'conflict', currentVersion: outcome.currentVersion } : { ...reasonOf(outcome), code: outcome.code ?? 'rejected' };
        deps.outbox.markFailed(row.seq, at, outcome.kind, error);
        deps.hooks.failed(row, outcome.kind, outcome);
        if (outcome.kind === 'conflict') report.conflicts += 1;
        else report.rejected += 1;
      }
    }
  }

  /**
   * One round: the heads of up to `batchSize` dossiers are marked sending in one
   * transaction, sent through the drain's shared limiter, and every outcome is recorded
   * in one more transaction — two fsyncs per round instead of two or three per action.
   */
  async function round(batch: OutboxRow[], report: DrainReport, limit: Limiter): Promise<void> {
    const at = () => deps.now().toISOString();
    deps.db.transaction(() => batch.forEach((row) => deps.outbox.markSending(row.seq, at())))();
    failpoint('before-send');
    const outcomes = await Promise.all(batch.map((row) => limit(() => send(row))));
    failpoint('after-send-before-mark');
    const when = at();
    deps.db.transaction(() => {
      batch.forEach((row, i) => {
        const outcome = outcomes[i] as SendOutcome;
        try {
          deps.db.transaction(() => settle(row, outcome, when, report))();
        } catch (error) {
          // A local step failed (e.g. the cache write): the portal's answer is kept for the
          // resend, which returns the stored result for the same key — nothing is lost.
          deps.logger?.error({ seq: row.seq, kind: row.kind, err: error }, 'recording a delivery outcome failed');
          // Backed off like any retry: a local write that keeps failing must not spin the drain.
          const next = new Date(deps.now().getTime() + retryDelay(row.attempts + 1, null, policy, random)).toISOString();
          deps.outbox.markRetry(row.seq, when, next, { code: 'internal', message: queueReason('internal') });
        }
      });
    })();
  }

  /**
   * Rounds overlap (at most ROUNDS_IN_FLIGHT): the next batch is marked and starts
   * sending while the previous one waits for its last answers and records its outcomes,
   * so neither the portal nor this process sits idle between rounds. A dossier whose head
   * is in flight is 'sending', so the next batch cannot take its later actions: per-dossier
   * order holds exactly as with one round at a time.
   */
  async function run(): Promise<DrainReport> {
    const report: DrainReport = { delivered: 0, retried: 0, conflicts: 0, rejected: 0, offline: false, lastDeliveredAt: null };
    const limit = createLimiter(concurrency);
    const rounds = new Set<Promise<void>>();
    try {
      for (;;) {
        const batch = report.offline ? [] : deps.outbox.sendable(deps.now().toISOString(), batchSize);
        if (batch.length > 0) {
          const started: Promise<void> = round(batch, report, limit).finally(() => rounds.delete(started));
          rounds.add(started);
        }
        if (rounds.size === 0) return report;
        if (batch.length === 0 || rounds.size >= ROUNDS_IN_FLIGHT) await Promise.race(rounds);
      }
    } catch (error) {
      await Promise.allSettled(rounds);
      throw error;
    }
  }

  return {
    /** Start-up: rows caught in flight by a crash go out again with the same key. */
    recover: (): number => deps.outbox.recoverSending(),
    drain(): Promise<DrainReport> {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
    get busy(): boolean {
      return running !== null;
    },
  };
}
export type OutboxDrain = ReturnType<typeof createOutboxDrain>;
