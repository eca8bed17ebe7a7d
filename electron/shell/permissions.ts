import { isAppUrl } from './app-origin';

/** One permission the app's own page may use. */
export interface PermissionGrant {
  readonly permission: string;
}

/**
 * Permissions granted to the app's own page. Empty: the desk needs no camera,
 * microphone, notifications, geolocation or clipboard-read. A feature that needs one
 * adds it here with the reason, and only the app origin receives it.
 */
export const PERMISSION_ALLOW_LIST: readonly PermissionGrant[] = [];

export interface PermissionQuery {
  readonly permission: string;
  /** The requesting origin or URL as Electron reports it; may be empty. */
  readonly requester: string | null | undefined;
}

/** Deny by default: granted only to the app's own origin for an allow-listed permission. */
export function isPermissionGranted(query: PermissionQuery, allowList: readonly PermissionGrant[] = PERMISSION_ALLOW_LIST): boolean {
  if (!isAppUrl(query.requester)) return false;
  return allowList.some((grant) => grant.permission === query.permission);
}
