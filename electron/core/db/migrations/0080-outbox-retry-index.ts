import type { Migration } from '../migrate';

/**
 * When the next retry is due: the sync engine asks after every drain. Without an index
 * that read visited every waiting action. Partial, so only actions actually waiting out
 * a back-off are in it: recording an action (next_attempt_at NULL) never writes to it.
 */
export const m0080OutboxRetryIndex: Migration = {
  version: 80,
  name: 'outbox: index of back-off times',
  up(db) {
    db.exec(`CREATE INDEX outbox_retry ON outbox (next_attempt_at) WHERE state = 'waiting' AND next_attempt_at IS NOT NULL;`);
  },
};
