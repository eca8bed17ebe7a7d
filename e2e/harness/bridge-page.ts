/**
 * Runs IN THE PAGE (bundled to an IIFE by bridge-script.ts and added as an init
 * script): builds window.desk with the same buildDeskBridge the preload uses, over
 * the Playwright binding __deskInvoke (answers arrive as JSON text, parsed here).
 * Events arrive through __deskHarnessEmit, which the harness calls with page.evaluate.
 * The e2e tsconfig has no DOM types, hence globalThis.
 */
import { buildDeskBridge } from '../../shared/contract/bridge-builder';
import type { EventName, Result } from '../../shared/contract';

interface HarnessGlobal {
  /** The harness binding (attach.ts); it answers the Result as JSON text. */
  __deskInvoke?: (name: string, input: unknown) => Promise<string>;
  top?: unknown;
  self?: unknown;
}

const page = globalThis as unknown as HarnessGlobal;

// Electron's preload runs in the top frame only; so does this bridge.
if (page.top === page.self) {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  const desk = buildDeskBridge(
    (name, input) => {
      const invoke = page.__deskInvoke;
      if (!invoke) return Promise.reject(new Error('e2e harness: __deskInvoke binding missing'));
      return invoke(name, input).then((text) => JSON.parse(text) as Result<unknown>);
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => {
        set.delete(listener);
      };
    },
  );

  Object.defineProperty(globalThis, 'desk', { value: desk, enumerable: true, writable: false, configurable: false });
  Object.defineProperty(globalThis, '__deskHarnessEmit', {
    value: (event: EventName, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
    enumerable: false,
    writable: false,
    configurable: false,
  });
}
