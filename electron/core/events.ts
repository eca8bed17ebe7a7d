import { EventEmitter } from 'node:events';
import { events, type EventName, type EventPayload } from '../../shared/contract';

type Listener = (name: EventName, payload: unknown) => void;

/** Pushed events, validated against the contract before anyone hears them. */
export class CoreEvents {
  readonly #emitter = new EventEmitter();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    this.#emitter.emit('event', name, events[name].parse(payload));
  }

  /** Subscribes to every event; returns the unsubscribe function. */
  onAny(listener: Listener): () => void {
    this.#emitter.on('event', listener);
    return () => this.#emitter.off('event', listener);
  }
}
