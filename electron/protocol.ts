import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './shell/app-origin';
import { resolveAppRequest } from './shell/app-request';
import { appResponseHeaders } from './shell/response-headers';

/**
 * Declares app:// as a standard, secure scheme. Electron requires this before the
 * `ready` event, so main.ts calls it at load time.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const refusal = (status: number): Response =>
  new Response(null, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });

/** Serves the built renderer from `rootDir` on app://desk, CSP header on every answer. */
export function serveAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const resolved = resolveAppRequest(request.url, rootDir);
    if (!resolved.ok) return refusal(resolved.status);
    try {
      const body = await readFile(resolved.filePath);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: appResponseHeaders(resolved.mimeType) });
    } catch {
      return refusal(404);
    }
  });
}
