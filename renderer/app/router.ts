import { useSyncExternalStore } from 'react';

/**
 * Hash routing ("#/settings"): works unchanged under app:// in Electron and under the
 * e2e harness's http server, needs no server-side fallback, and keeps the CSP strict.
 */
const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const currentPath = (): string => window.location.hash.replace(/^#\/?/, '').split(/[?/]/)[0] ?? '';

/** The first path segment after "#/", e.g. "settings"; "" when none. */
export function useRoutePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '');
}

export const hrefFor = (path: string): string => `#/${path}`;

export function navigate(path: string): void {
  window.location.hash = hrefFor(path);
}
