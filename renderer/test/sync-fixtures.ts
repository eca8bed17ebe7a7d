import { ok, type QueuedAction, type SyncStatus } from '../../shared/contract';
import type { FakeAnswers } from './fake-desk';

export const syncStatus = (over: Partial<SyncStatus> = {}): SyncStatus => ({
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

/** A queued refusal in the given state, as queue.list answers it. */
export const queuedAction = (seq: number, state: QueuedAction['state'], over: Partial<QueuedAction> = {}): QueuedAction => ({
  seq, kind: 'refuse', dossierCode: `H15-${seq}`, officerId: 'canbo01', state, attempts: 1,
  createdAt: '2026-06-15T03:00:00.000Z', deliveredAt: null, nextAttemptAt: null, lastError: null,
  payload: { kind: 'refuse', reason: 'Thiếu giấy tờ' }, ...over,
});

/** The status bar's answer on every screen: online, nothing waiting. */
export const idleSync: FakeAnswers = { 'sync.status': () => ok(syncStatus()) };
