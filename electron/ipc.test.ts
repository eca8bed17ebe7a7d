import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { callChannel, callNames, eventChannel, ok, type EventName } from '../shared/contract';
import type { WebContents } from 'electron';
import type { Sender } from './core/api/dispatch';

// ipc.ts against a stand-in ipcMain: Electron's binary is not needed to check the wiring.
type Handler = (event: { senderFrame: unknown }, input: unknown) => Promise<unknown>;
const handlers = new Map<string, Handler>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerIpc, forwardCoreEvents } = await import('./ipc');

const appFrame = { url: 'app://desk/index.html', parent: null };

describe('registerIpc', () => {
  beforeEach(() => handlers.clear());

  it('registers exactly one handler per contract call, and unregisters them all', () => {
    const unregister = registerIpc({ dispatch: () => Promise.resolve(ok(null)) });
    expect([...handlers.keys()].sort()).toEqual(callNames.map(callChannel).sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('passes the call name, the raw input and the sender verdict to the core', async () => {
    const seen: [unknown, unknown, Sender][] = [];
    registerIpc({
      dispatch: (name, input, sender) => {
        seen.push([name, input, sender]);
        return Promise.resolve(ok('done'));
      },
    });
    const handler = handlers.get(callChannel('app.info'));
    await expect(handler?.({ senderFrame: appFrame }, { x: 1 })).resolves.toEqual(ok('done'));
    await handler?.({ senderFrame: { url: 'https://evil.com/', parent: null } }, {});
    await handler?.({ senderFrame: { url: 'app://desk/index.html', parent: appFrame } }, {});
    await handler?.({ senderFrame: null }, {});
    expect(seen.map(([name]) => name)).toEqual(['app.info', 'app.info', 'app.info', 'app.info']);
    expect(seen[0]?.[1]).toEqual({ x: 1 });
    expect(seen.map(([, , sender]) => sender.trusted)).toEqual([true, false, false, false]);
  });
});

describe('forwardCoreEvents', () => {
  it('sends each core event on its channel while the window lives, and stops on unsubscribe', () => {
    const bus = new EventEmitter();
    const core = {
      events: {
        onAny: (listener: (name: EventName, payload: unknown) => void) => {
          bus.on('e', listener);
          return () => bus.off('e', listener);
        },
      },
    } as unknown as Parameters<typeof forwardCoreEvents>[0];
    const sent: [string, unknown][] = [];
    let destroyed = false;
    const contents = { isDestroyed: () => destroyed, send: (channel: string, payload: unknown) => sent.push([channel, payload]) };
    const stop = forwardCoreEvents(core, () => contents as unknown as WebContents);
    bus.emit('e', 'prefs.changed', { language: 'en' });
    destroyed = true;
    bus.emit('e', 'prefs.changed', { language: 'vi' });
    stop();
    destroyed = false;
    bus.emit('e', 'prefs.changed', { language: 'vi' });
    expect(sent).toEqual([[eventChannel('prefs.changed'), { language: 'en' }]]);
  });
});
