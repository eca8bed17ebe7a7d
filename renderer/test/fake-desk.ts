import {
  buildDeskBridge,
} from '../../shared/contract/bridge-builder';
import {
  fail,
  ok,
  type AppInfo,
  type AppStatus,
  type CallName,
  type DeskError,
  type EventName,
  type Prefs,
  type Result,
} from '../../shared/contract';

export interface FakeDeskOptions {
  readonly status?: AppStatus;
  readonly info?: Partial<AppInfo>;
  readonly prefs?: Prefs;
  /** Calls that answer {ok:false} with this error. */
  readonly failing?: Partial<Record<CallName, DeskError>>;
  /** Per-call answers beyond the built-in ones (e.g. auth.*, supervisor.*); may emit events. */
  readonly handlers?: Partial<Record<CallName, (input: unknown, emit: (event: EventName, payload: unknown) => void) => Result<unknown>>>;
}

/** Who the fake says is signed in unless a test answers auth.session itself: a plain officer. */
export const sampleSessionState = {
  session: { officerId: 'canbo01', displayName: 'Nguyễn Văn An', roles: ['officer' as const] },
  locked: false,
  verifiedBy: 'portal' as const,
  lockAfterMinutes: 5,
};

export const sampleInfo: AppInfo = {
  productName: 'OneStop Desk',
  version: '9.8.7-test',
  mode: 'training',
  dataDir: '/tmp/desk-test/training',
  portalUrl: 'training simulator (in-process)',
  schemaVersion: 10,
  officeTimeZone: 'Asia/Ho_Chi_Minh',
  centre: { level: 'commune', name: 'Trung tâm Phục vụ hành chính công phường Ba Đình' },
};

/**
 * An in-memory stand-in for the core behind the real buildDeskBridge, so components
 * see exactly the window.desk shape the preload exposes. Records every call.
 */
export function installFakeDesk(options: FakeDeskOptions = {}) {
  let prefs: Prefs = options.prefs ?? { language: 'vi' };
  const calls: Array<{ name: CallName; input: unknown }> = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const emit = (event: EventName, payload: unknown): void => listeners.get(event)?.forEach((listener) => listener(payload));

  const answer = (name: CallName, input: unknown): Result<unknown> => {
    const failure = options.failing?.[name];
    if (failure) return { ok: false, error: failure };
    const handler = options.handlers?.[name];
    if (handler) return handler(input, emit);
    switch (name) {
      case 'app.status':
        return ok(options.status ?? { state: 'ready' });
      case 'app.info':
        return ok({ ...sampleInfo, ...options.info });
      case 'prefs.get':
        return ok(prefs);
      case 'auth.session':
        return ok(sampleSessionState);
      case 'prefs.set':
        prefs = { ...prefs, ...(input as Partial<Prefs>) };
        emit('prefs.changed', prefs);
        return ok(prefs);
      default:
        return fail('FORBIDDEN_ROLE', 'not in the fake');
    }
  };

  const bridge = buildDeskBridge(
    (name, input) => {
      calls.push({ name, input });
      return Promise.resolve(answer(name, input));
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  );
  Object.defineProperty(window, 'desk', { value: bridge, configurable: true, writable: false });
  return {
    calls,
    emit,
    get prefs() {
      return prefs;
    },
  };
}
