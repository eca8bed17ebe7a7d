import { useEffect, useState } from 'react';

/** A wait the core asked for: `seconds` from `startedAt` (ms since epoch). */
export interface Wait {
  readonly seconds: number;
  readonly startedAt: number;
}

/** Whole seconds left of `wait`, re-rendering once a second until it runs out. */
export function useCountdown(wait: Wait | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!wait || wait.seconds <= 0) return undefined;
    const end = wait.startedAt + wait.seconds * 1000;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= end) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [wait]);
  if (!wait) return 0;
  const elapsed = Math.floor((Math.max(now, wait.startedAt) - wait.startedAt) / 1000);
  return Math.max(0, wait.seconds - elapsed);
}
