import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// hardening.ts against stand-in webContents/session objects: each Electron hook must
// end in the pure decision (tested in shell/) and act on it.
const opened: string[] = [];
vi.mock('electron', () => ({ shell: { openExternal: (url: string) => Promise.resolve(void opened.push(url)) } }));
const { hardenSession, hardenWebContents } = await import('./hardening');

interface FakeEvent {
  url?: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}
const fakeEvent = (url?: string): FakeEvent => ({
  url,
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  devToolsClosed = 0;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  closeDevTools(): void {
    this.devToolsClosed += 1;
  }
}

function harden(isPackaged: boolean): FakeContents {
  const contents = new FakeContents();
  hardenWebContents(contents as unknown as WebContents, isPackaged);
  return contents;
}

beforeEach(() => {
  opened.length = 0;
});

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: only app://desk is allowed', (name) => {
    const contents = harden(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://desk.evil/']) {
      const event = fakeEvent(url);
      contents.emit(name, event);
      expect(event.defaultPrevented, url).toBe(true);
    }
    const inside = fakeEvent('app://desk/index.html');
    contents.emit(name, inside);
    expect(inside.defaultPrevented).toBe(false);
  });

  it('denies every new window and sends only allow-listed https links to the browser', async () => {
    const contents = harden(true);
    for (const url of ['https://dichvucong.gov.vn/p/home', 'https://dichvucong.gov.vn.evil.com/', 'javascript:alert(1)', 'app://desk/']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    await Promise.resolve();
    expect(opened).toEqual(['https://dichvucong.gov.vn/p/home']);
  });

  it('refuses every webview', () => {
    const event = fakeEvent();
    harden(false).emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('closes DevTools at once in packaged builds only', () => {
    const packaged = harden(true);
    packaged.emit('devtools-opened');
    expect(packaged.devToolsClosed).toBe(1);
    const dev = harden(false);
    dev.emit('devtools-opened');
    expect(dev.devToolsClosed).toBe(0);
  });
});

describe('hardenSession', () => {
  it('denies permission requests and checks, devices, and network requests from the page', () => {
    // Closures assign these; a holder object keeps their types (a `let` would narrow to null).
    const hooks: {
      request?: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
      check?: (contents: unknown, permission: string, origin: string, details: object) => boolean;
      device?: () => boolean;
      beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
    } = {};
    const session = {
      setPermissionRequestHandler: (handler: typeof hooks.request) => (hooks.request = handler),
      setPermissionCheckHandler: (handler: typeof hooks.check) => (hooks.check = handler),
      setDevicePermissionHandler: (handler: typeof hooks.device) => (hooks.device = handler),
      webRequest: { onBeforeRequest: (handler: typeof hooks.beforeRequest) => (hooks.beforeRequest = handler) },
    };
    hardenSession(session as unknown as Session);

    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      hooks.request?.({}, permission, (granted) => answers.push(granted), { requestingUrl: 'app://desk/index.html' });
      answers.push(hooks.check?.({}, permission, 'app://desk', {}) ?? true);
    }
    expect(answers).toHaveLength(8);
    expect(answers.every((granted) => !granted)).toBe(true);
    expect(hooks.device?.()).toBe(false);

    const cancelled: Record<string, boolean> = {};
    for (const url of ['https://evil.com/x', 'app://desk/assets/a.js']) hooks.beforeRequest?.({ url }, ({ cancel }) => (cancelled[url] = cancel));
    expect(cancelled).toEqual({ 'https://evil.com/x': true, 'app://desk/assets/a.js': false });
  });
});
