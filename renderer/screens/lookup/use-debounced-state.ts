import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A state whose updates are debounced, except the first after a quiet spell: an update
 * `delayMs` or more after the previous one applies at once, in the same render as the
 * event that made it (each key of normal typing searches immediately, with no timer in
 * between); updates closer together (a scanner's burst, fast typing) apply once they
 * stop for `delayMs`. Returns the settled value and the function that proposes a new one;
 * it answers whether the value settled at once.
 */
export function useDebouncedState<T>(initial: T | (() => T), delayMs: number): readonly [T, (next: T) => boolean] {
  const [settled, setSettled] = useState<T>(initial);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const propose = useCallback(
    (next: T): boolean => {
      const now = performance.now();
      const quiet = now - lastChange.current >= delayMs;
      lastChange.current = now;
      clearTimeout(timer.current);
      // A function value would be read by setState as an updater: always pass one.
      if (quiet) setSettled(() => next);
      else timer.current = setTimeout(() => setSettled(() => next), delayMs);
      return quiet;
    },
    [delayMs],
  );
  return [settled, propose] as const;
}
