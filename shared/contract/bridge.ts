import type { CallInput, CallName, CallOutput } from './index';
import type { Result } from './errors';
import type { EventName, EventPayload } from './events';

/**
 * The shape of `window.desk` as the preload exposes it: one function per call and
 * one subscribe function per event, nothing else (no ipcRenderer, no event objects).
 */
export type DeskCalls = { readonly [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>> };
export type DeskEvents = {
  readonly [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void;
};
export interface DeskBridge {
  readonly calls: DeskCalls;
  readonly events: DeskEvents;
}
