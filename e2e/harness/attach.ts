import type { Page } from '@playwright/test';
import type { Core } from '../../electron/core/core';
import { bridgeInitScript } from './bridge-script';

/**
 * Puts the real core behind window.desk in this page, as the preload does in Electron:
 * calls go through the core's dispatcher (the same door as ipc.ts), trusted only from
 * the page's own top frame on the renderer's origin; pushed events are forwarded.
 * Returns a function that stops forwarding events.
 *
 * The answer crosses the binding as one JSON string that the page parses (as Electron's
 * IPC crosses as one structured clone): Playwright's own value serialisation walks
 * every field of a result through its protocol and cost ≈ 40 ms for 200 result rows,
 * against ≈ 1 ms for the string.
 */
export async function attachCore(page: Page, core: Core, appOrigin: string): Promise<() => void> {
  await page.exposeBinding('__deskInvoke', async (source, name: unknown, input: unknown): Promise<string> => {
    const trusted = source.frame === page.mainFrame() && originOf(source.frame.url()) === appOrigin;
    return JSON.stringify(await core.dispatch(name, input, { trusted }));
  });
  await page.addInitScript({ content: await bridgeInitScript() });
  return core.events.onAny((name, payload) => {
    page
      .evaluate(([event, body]) => {
        const emit = (globalThis as unknown as { __deskHarnessEmit?: (e: string, p: unknown) => void }).__deskHarnessEmit;
        emit?.(event, body);
      }, [name, payload] as const)
      // A page that is navigating or closed misses the event, as a reloading Electron window would.
      .catch(() => undefined);
  });
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
