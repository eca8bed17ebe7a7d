import { useEffect, useRef } from 'react';

const REMEMBERED = 5;

/**
 * Remembers the last few elements that had focus outside the lock screen and, when `locked`
 * turns false, puts focus back on the newest one still on the page: the field the officer
 * was typing in, not the header's Lock button that went away with the lock (else the
 * screen's heading).
 */
export function useFocusReturn(locked: boolean, lockScreenSelector: string): void {
  const recent = useRef<HTMLElement[]>([]);
  useEffect(() => {
    const remember = (event: FocusEvent): void => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || target.closest(lockScreenSelector)) return;
      recent.current = [target, ...recent.current.filter((el) => el !== target)].slice(0, REMEMBERED);
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, [lockScreenSelector]);
  const wasLocked = useRef(locked);
  useEffect(() => {
    if (wasLocked.current && !locked) {
      const target = recent.current.find((el) => el.isConnected) ?? document.getElementById('screen-title');
      target?.focus();
    }
    wasLocked.current = locked;
  }, [locked]);
}
