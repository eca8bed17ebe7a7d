import { buildDeskBridge } from '../../../shared/contract/bridge-builder';
import { ok, type CallName, type DeskError, type EventName, type Result } from '../../../shared/contract';
import { sampleInfo, sampleSessionState } from '../../test/fake-desk';

type Handler = (input: unknown) => Result<unknown>;

/** Test-only: a window.desk answering the given calls (plus app start-up), recording every call. */
export function installActionsDesk(handlers: Partial<Record<CallName, Handler>>) {
  const calls: Array<{ name: CallName; input: unknown }> = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const base: Partial<Record<CallName, Handler>> = {
    'app.status': () => ok({ state: 'ready' }),
    'app.info': () => ok(sampleInfo),
    'prefs.get': () => ok({ language: 'vi' }),
    'sync.status': () => ok(syncStatus()),
    'auth.session': () => ok(sampleSessionState),
  };
  const bridge = buildDeskBridge(
    (name, input) => {
      calls.push({ name, input });
      const handler = handlers[name] ?? base[name];
      const error: DeskError = { code: 'FORBIDDEN_ROLE', message: 'not in the fake' };
      return Promise.resolve(handler ? handler(input) : { ok: false, error });
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  );
  Object.defineProperty(window, 'desk', { value: bridge, configurable: true, writable: false });
  return { calls, emit: (event: EventName, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)) };
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
