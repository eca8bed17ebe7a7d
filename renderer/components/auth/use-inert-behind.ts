import { useLayoutEffect, type RefObject } from 'react';

/**
 * While mounted, every other top-level element of the page (the app and any dialog it had
 * open, which React Aria portals to <body>) is inert: not focusable, not clickable, out of
 * the accessibility tree. Only what this call made inert is released afterwards.
 */
export function useInertBehind(overlay: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const own = overlay.current;
    if (!own) return;
    const made = [...document.body.children].filter((el): el is HTMLElement => el instanceof HTMLElement && el !== own && !el.inert);
    for (const el of made) el.inert = true;
    return () => {
      for (const el of made) el.inert = false;
    };
  }, [overlay]);
}
