import type { CallName } from './index';

/**
 * What the core and the renderer do around a call, besides its roles (in defineCall).
 * Kept apart from the zod schemas so the renderer can read it without bundling them.
 */
export interface CallPolicy {
  /** Answered while the screen is locked (unlock, switch officer, what the lock screen shows). */
  readonly whileLocked?: true;
  /** Made by a screen on its own (polling, lock screen): does not reset the idle timer. */
  readonly passive?: true;
  /** Its input holds a password: an UNAUTHENTICATED answer means "wrong password", not "session ended". */
  readonly carriesPassword?: true;
  /** Cached queries a successful call makes stale. */
  readonly invalidates?: readonly CallName[];
}

const LOCK_SCREEN = { whileLocked: true, passive: true } as const;
// The outbox moved: the lists, the one action, the status bar and the dossier's pending actions.
const OUTBOX_MOVED = ['queue.list', 'queue.get', 'sync.status', 'dossier.get'] as const;

/** Every call's policy; total over the contract, so a new call states its own. */
export const callPolicy: { readonly [K in CallName]: CallPolicy } = {
  'action.record': { invalidates: ['dossier.get', 'queue.list', 'sync.status', 'lookup.search'] },
  'action.intake': { invalidates: ['queue.list', 'sync.status', 'lookup.search'] },
  'action.assistedFiling': { invalidates: ['supervisor.report'] },
  'queue.list': {},
  'queue.get': {},
  'queue.retryNow': { invalidates: OUTBOX_MOVED },
  'queue.withdraw': { invalidates: OUTBOX_MOVED },
  'queue.reapply': { invalidates: OUTBOX_MOVED },
  'queue.correctionDraft': {},
  'queue.resendIntake': { invalidates: [...OUTBOX_MOVED, 'lookup.search'] },
  'app.status': LOCK_SCREEN,
  'app.info': LOCK_SCREEN,
  'prefs.get': LOCK_SCREEN,
  'prefs.set': {},
  'app.diagnostics': {},
  'auth.signIn': { whileLocked: true, carriesPassword: true },
  'auth.signOut': { whileLocked: true },
  'auth.lock': {},
  'auth.unlock': { whileLocked: true, carriesPassword: true },
  'auth.session': LOCK_SCREEN,
  'lookup.search': {},
  'lookup.fetch': { invalidates: ['lookup.search', 'dossier.get', 'citizen.get'] },
  'dossier.get': {},
  'citizen.get': {},
  'citizen.find': {},
  'citizen.reveal': {},
  'subject.list': {},
  'subject.erase': { invalidates: ['lookup.search', 'citizen.get', 'dossier.get', 'queue.list'] },
  'guidance.record': {},
  'supervisor.report': {},
  'supervisor.tileList': {},
  'export.handlingLog': {},
  'export.open': {},
  'sync.status': LOCK_SCREEN,
  'sync.now': {},
};
