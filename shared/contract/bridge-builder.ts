import { callNames, type CallName } from './index';
import type { Result } from './errors';
import { eventNames, type EventName } from './events';
import type { DeskBridge } from './bridge';

export type RawInvoke = (name: CallName, input: unknown) => Promise<Result<unknown>>;
export type RawSubscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.desk` from the contract: one function per call, one subscribe
 * function per event, all frozen. The preload passes ipcRenderer-backed transports;
 * the browser test harness passes Playwright bindings. Nothing else is exposed.
 */
export function buildDeskBridge(invoke: RawInvoke, subscribe: RawSubscribe): DeskBridge {
  const callsObject = Object.fromEntries(
    callNames.map((name) => [name, (input: unknown) => invoke(name, input ?? {})]),
  );
  const eventsObject = Object.fromEntries(
    eventNames.map((name) => [name, (listener: (payload: unknown) => void) => subscribe(name, (payload) => listener(payload))]),
  );
  return Object.freeze({
    calls: Object.freeze(callsObject),
    events: Object.freeze(eventsObject),
  }) as unknown as DeskBridge;
}
