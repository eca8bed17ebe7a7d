import { readFile } from 'node:fs/promises';
import type { BrowserContext, Route } from 'playwright-core';
import { APP_ORIGIN } from '../../electron/shell/app-origin';
import { resolveAppRequest } from '../../electron/shell/app-request';
import { appResponseHeaders } from '../../electron/shell/response-headers';

/**
 * Serves the built renderer to the preview window from inside the browser's own request
 * routing: no port is opened, so nothing else on the machine can reach the page or the core.
 * Paths resolve with the shell's own app:// resolver and carry the shell's headers (CSP).
 */
export async function routeRenderer(context: BrowserContext, origin: string, rootDir: string): Promise<void> {
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    const refuse = (status: number) => route.fulfill({ status, headers: appResponseHeaders('text/plain; charset=utf-8'), body: String(status) });
    // Anything but the preview's own origin (a stray fetch, a link) never leaves the machine.
    if (url.origin !== origin) return route.abort('blockedbyclient');
    if (request.method() !== 'GET') return refuse(405);
    const resolved = resolveAppRequest(`${APP_ORIGIN}${url.pathname}`, rootDir);
    if (!resolved.ok) return refuse(resolved.status);
    const body = await readFile(resolved.filePath).catch(() => null);
    if (!body) return refuse(404);
    return route.fulfill({ status: 200, headers: appResponseHeaders(resolved.mimeType), body });
  });
}
