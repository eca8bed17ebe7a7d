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

const currentSegments = (): string => window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';

/**
 * The route's parameters after the first segment, decoded: "#/dossier/H15-1" → ["H15-1"].
 * Returned as one joined string from the store (stable for React), split here.
 */
export function useRouteParams(): readonly string[] {
  const path = useSyncExternalStore(subscribe, currentSegments, () => '');
  return path.split('/').slice(1).filter(Boolean).map(decodeURIComponent);
}

/** "#/dossier/<code>" with each parameter encoded. */
export const hrefForParams = (path: string, ...params: readonly string[]): string =>
  [`#/${path}`, ...params.map(encodeURIComponent)].join('/');

export const hrefFor = (path: string): string => `#/${path}`;

export function navigate(path: string): void {
  window.location.hash = hrefFor(path);
}
