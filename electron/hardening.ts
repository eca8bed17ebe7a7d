import { shell, type Session, type WebContents } from 'electron';
import { allowedExternalUrl } from './shell/external-url';
import { isAllowedNavigation } from './shell/navigation';
import { isPermissionGranted } from './shell/permissions';
import { isBlockedRendererRequest } from './shell/request-filter';

/** Session-wide defaults: every permission denied unless allow-listed, no network from the page. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted({ permission, requester: details.requestingUrl }));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted({ permission, requester: requestingOrigin }),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isBlockedRendererRequest(details.url) });
  });
}

/** Opens an allow-listed https URL in the system browser; anything else is dropped. */
export function openExternalIfAllowed(url: string): void {
  const allowed = allowedExternalUrl(url);
  if (allowed) void shell.openExternal(allowed);
}

/**
 * Applied to every webContents the app creates: no navigation or redirect away from
 * app://desk, no new windows (allow-listed links go to the system browser), no
 * webviews, and DevTools closed at once in installed builds.
 */
export function hardenWebContents(contents: WebContents, isPackaged: boolean): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  if (isPackaged) {
    contents.on('devtools-opened', () => {
      contents.closeDevTools();
    });
  }
}
