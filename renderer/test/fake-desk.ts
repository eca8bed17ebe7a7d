import { buildDeskBridge } from '../../shared/contract/bridge-builder';
import {
  calls as contract,
  fail,
  ok,
  type AppInfo,
  type AppStatus,
  type CallName,
  type CallOutput,
  type DeskError,
  type EventName,
  type EventPayload,
  type ParsedInput,
  type Prefs,
  type Result,
  type SessionState,
} from '../../shared/contract';
import { BUILT_IN_COMPETENT_UNITS } from '../../shared/domain/competent-units';
import { PRODUCT_NAME } from '../../shared/domain/product';
import { OFFICE_TIME_ZONE } from '../../shared/domain/office-time';

export type FakeEmit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
/** One call's answer: the input as the contract parses it, the output the contract declares. */
export type FakeAnswer<K extends CallName> = (input: ParsedInput<K>, emit: FakeEmit) => Result<CallOutput<K>>;
export type FakeAnswers = { readonly [K in CallName]?: FakeAnswer<K> };

export interface FakeDeskOptions {
  readonly status?: AppStatus;
  readonly info?: Partial<AppInfo>;
  readonly prefs?: Prefs;
  /** Calls that answer {ok:false} with this error. */
  readonly failing?: Partial<Record<CallName, DeskError>>;
  /** Answers beyond the built-in ones (app, prefs, a signed-in officer); may emit events. */
  readonly answers?: FakeAnswers;
}

/** Who the fake says is signed in unless a test answers auth.session itself: a plain officer. */
export const sampleSessionState: SessionState = {
  session: { officerId: 'canbo01', displayName: 'Nguyễn Văn An', roles: ['officer'] },
  locked: false,
  verifiedBy: 'portal',
  lockAfterMinutes: 5,
};

export const sampleInfo: AppInfo = {
  productName: PRODUCT_NAME,
  version: '9.8.7-test',
  mode: 'training',
  dataDir: '/tmp/desk-test/training',
  portalUrl: 'training simulator (in-process)',
  schemaVersion: 10,
  officeTimeZone: OFFICE_TIME_ZONE,
  centre: { level: 'commune', name: 'Trung tâm Phục vụ hành chính công phường Ba Đình' },
  competentUnits: BUILT_IN_COMPETENT_UNITS,
};

/**
 * The one stand-in for the core in renderer tests: behind the real buildDeskBridge, so
 * components see exactly the window.desk the preload exposes. Inputs are parsed by the
 * contract as the dispatcher does (a bad input answers VALIDATION); every call is recorded.
 */
export function installFakeDesk(options: FakeDeskOptions = {}) {
  let prefs: Prefs = options.prefs ?? { language: 'vi' };
  const recorded: Array<{ name: CallName; input: unknown }> = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const emit: FakeEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));

  const builtIn: FakeAnswers = {
    'app.status': () => ok(options.status ?? { state: 'ready' }),
    'app.info': () => ok({ ...sampleInfo, ...options.info }),
    'prefs.get': () => ok(prefs),
    'auth.session': () => ok(sampleSessionState),
    'prefs.set': (change) => {
      prefs = { ...prefs, ...change };
      emit('prefs.changed', prefs);
      return ok(prefs);
    },
  };

  const answer = <K extends CallName>(name: K, raw: unknown): Result<unknown> => {
    const failure = options.failing?.[name];
    if (failure) return { ok: false, error: failure };
    const respond = options.answers?.[name] ?? builtIn[name];
    if (!respond) return fail('FORBIDDEN_ROLE', `${name} is not answered by this test's fake desk`);
    const input = contract[name].input.safeParse(raw);
    if (!input.success) return fail('VALIDATION', 'The request is not valid.', { issues: input.error.issues });
    return respond(input.data as ParsedInput<K>, emit);
  };

  const bridge = buildDeskBridge(
    (name, input) => {
      recorded.push({ name, input });
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
    calls: recorded,
    emit,
    get prefs() {
      return prefs;
    },
  };
}
