import { ok, type CallName, type Result } from '../../../shared/contract';
import { installFakeDesk } from '../../test/fake-desk';

type Handler = (input: unknown) => Result<unknown>;

/** Test-only: the shared fake desk, also answering the status bar's sync.status, plus the given calls. */
export function installActionsDesk(handlers: Partial<Record<CallName, Handler>>) {
  return installFakeDesk({ handlers: { 'sync.status': () => ok(syncStatus()), ...handlers } });
}

export const syncStatus = (over: Record<string, unknown> = {}) => ({
  online: true,
  offlineSince: null,
  waiting: 0,
  oldestWaitingAt: null,
  conflicts: 0,
  rejected: 0,
  lastSyncAt: null,
  lastDeliveryAt: null,
  pulling: null,
  training: true,
  ...over,
});
