import { ipcMain, type WebContents } from 'electron';
import { callChannel, callNames, eventChannel } from '../shared/contract';
import type { Core } from './core/core';
import { isTrustedSender } from './shell/sender';

/**
 * Registers exactly the contract's calls, one ipcMain handler each. The handler only
 * decides whether the sender is the app's own top-level frame; the core's dispatcher
 * does the rest (input parse, role, service, output parse). Returns the unregister.
 */
export function registerIpc(core: Pick<Core, 'dispatch'>): () => void {
  for (const name of callNames) {
    ipcMain.handle(callChannel(name), (event, input: unknown) =>
      core.dispatch(name, input, { trusted: isTrustedSender(event.senderFrame) }),
    );
  }
  return () => {
    for (const name of callNames) ipcMain.removeHandler(callChannel(name));
  };
}

/**
 * Pushes every core event to the window on its own channel. `target` is asked each
 * time so a closed or recreated window never receives a stale send. Returns the unsubscribe.
 */
export function forwardCoreEvents(core: Pick<Core, 'events'>, target: () => WebContents | null): () => void {
  return core.events.onAny((name, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(eventChannel(name), payload);
  });
}
