import type { SyncStatus } from '../../../shared/contract/sync';
import type { OutboxRepo } from '../db/outbox/outbox-repo';

export type OutboxStatus = Pick<SyncStatus, 'waiting' | 'oldestWaitingAt' | 'conflicts' | 'rejected'>;

/** What the status bar says about this PC's outbox, whether or not the portal is connected. */
export function outboxStatus(outbox: OutboxRepo): OutboxStatus {
  const counts = new Map(outbox.summary().map((s) => [s.state, s]));
  const oldest = [counts.get('waiting')?.oldest, counts.get('sending')?.oldest].filter((x): x is string => !!x).sort()[0] ?? null;
  return {
    waiting: (counts.get('waiting')?.n ?? 0) + (counts.get('sending')?.n ?? 0),
    oldestWaitingAt: oldest,
    conflicts: counts.get('conflict')?.n ?? 0,
    rejected: counts.get('rejected')?.n ?? 0,
  };
}
