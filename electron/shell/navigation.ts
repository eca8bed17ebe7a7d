import { isAppUrl } from './app-origin';

/**
 * Whether the window may navigate (or be redirected) to `url`. The app is one page on
 * app://desk; any other destination, including file:, http(s): and javascript:, is
 * refused. Links meant for the system browser go through the external-URL allow-list.
 */
export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}
