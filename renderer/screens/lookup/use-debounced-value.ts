import { useEffect, useRef, useState } from 'react';

/**
 * `value`, settled: a change after a quiet spell passes at once (each key of normal
 * typing searches immediately); changes within `delayMs` of the previous one (a
 * scanner's burst, fast typing) wait until they stop for `delayMs`.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    const now = performance.now();
    const quiet = now - lastChange.current >= delayMs;
    lastChange.current = now;
    const timer = setTimeout(() => setSettled(value), quiet ? 0 : delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
