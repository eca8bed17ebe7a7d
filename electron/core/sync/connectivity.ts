import { backoffDelay, type BackoffPolicy } from './backoff';

export interface ConnectivityState {
  readonly online: boolean;
  readonly offlineSince: string | null;
}

/**
 * Tracks whether the portal answers. Any failed call can report "offline"; a health
 * probe then runs with back-off until the portal answers again, and `onBack` fires
 * at once (the outbox drains immediately when the portal comes back).
 */
export function createConnectivity(options: {
  readonly probe: () => Promise<boolean>;
  readonly now: () => Date;
  readonly onChange: (state: ConnectivityState) => void;
  readonly onBack: () => void;
  readonly backoff?: BackoffPolicy;
  readonly random?: () => number;
}) {
  const policy = options.backoff ?? { baseMs: 2_000, capMs: 60_000 };
  let state: ConnectivityState = { online: true, offlineSince: null };
  let timer: NodeJS.Timeout | null = null;
  let attempts = 0;
  let stopped = false;

  const set = (next: ConnectivityState) => {
    const changed = next.online !== state.online;
    state = next;
    if (changed) options.onChange(state);
  };

  const schedule = () => {
    if (stopped || timer) return;
    attempts += 1;
    timer = setTimeout(() => {
      timer = null;
      void check();
    }, backoffDelay(attempts, policy, options.random ?? Math.random));
    timer.unref();
  };

  async function check(): Promise<boolean> {
    const ok = await options.probe().catch(() => false);
    if (ok) {
      const wasOffline = !state.online;
      attempts = 0;
      set({ online: true, offlineSince: null });
      if (wasOffline) options.onBack();
    } else {
      if (state.online) set({ online: false, offlineSince: options.now().toISOString() });
      schedule();
    }
    return ok;
  }

  return {
    get state(): ConnectivityState {
      return state;
    },
    /** A call failed with no connection: go offline and start probing. */
    reportOffline(): void {
      if (state.online) set({ online: false, offlineSince: options.now().toISOString() });
      schedule();
    },
    /** A call succeeded: we are online (and if we were not, drain now). */
    reportOnline(): void {
      if (!state.online) {
        attempts = 0;
        if (timer) clearTimeout(timer);
        timer = null;
        set({ online: true, offlineSince: null });
        options.onBack();
      }
    },
    check,
    stop(): void {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
export type Connectivity = ReturnType<typeof createConnectivity>;
