import { test as base, expect, type Page } from '@playwright/test';
import type { DeskDatabase } from '../../electron/core/composition/desk-database';
import type { ExportStandIn } from './export-stand-in';
import type { Core } from '../../electron/core/core';
import { expectReady } from '../../test/core-under-test';
import type { PortalSim } from '../../portal-sim';
import { startTestSim } from '../../portal-sim/test-support';
import { attachCore } from './attach';
import { startDeskCore, type DeskConfigFile } from './desk-core';
import { servedRendererDir } from './renderer-build';
import { startRendererServer, type RendererServer } from './renderer-server';

export interface DeskHarness {
  /** The real core this test's page talks to. */
  readonly core: Core;
  /** The database behind a ready core (null with an invalid config), for what the contract does not show. */
  readonly database: DeskDatabase | null;
  readonly dataRoot: string;
  /** The save dialog's stand-in: where exports went and what "open file" was asked. */
  readonly exports: ExportStandIn;
  readonly configPath: string;
  /** Origin of the loopback server that serves the built renderer. */
  readonly origin: string;
  /** Console errors/warnings, uncaught exceptions and failed requests of this test's page so far. */
  readonly pageLog: readonly string[];
  /** Loads the app, optionally on a screen ("settings" → #/settings), and waits until it has started. */
  open(screen?: string): Promise<void>;
}

interface DeskTestFixtures {
  /** Machine config for this test's core; override with test.use({ deskConfig }) or a fixture. */
  deskConfig: DeskConfigFile;
  /** test.use({ withPortal: true }): give the test its own simulator and a core that has pulled from it. */
  withPortal: boolean;
  /**
   * This test's portal simulator (seeded test data: 400 dossiers, 200 citizens), or null
   * unless withPortal. The core has finished its first pull before the test starts.
   */
  portal: PortalSim | null;
  desk: DeskHarness;
}

interface DeskWorkerFixtures {
  rendererServer: RendererServer;
}

/** Waits until the app has left its "starting" state: the frame or the config error screen. */
export async function waitForAppStarted(page: Page): Promise<void> {
  await page.locator('.frame, .config-error').first().waitFor({ timeout: 15_000 });
}

/** What the page said: console errors, uncaught exceptions, failed requests (attached when a test fails). */
function recordPageLog(page: Page): string[] {
  const log: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.push(`pageerror: ${error.stack ?? error.message}`));
  page.on('requestfailed', (request) => log.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  return log;
}

export const test = base.extend<DeskTestFixtures, DeskWorkerFixtures>({
  deskConfig: [null, { option: true }],
  withPortal: [false, { option: true }],

  portal: async ({ withPortal }, use) => {
    if (!withPortal) {
      await use(null);
      return;
    }
    const sim = await startTestSim();
    await use(sim);
    await sim.close();
  },

  rendererServer: [
    // Playwright reads a fixture's dependencies from this destructuring; it must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startRendererServer(servedRendererDir());
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  desk: async ({ page, deskConfig, portal, rendererServer }, use, testInfo) => {
    const pageLog = recordPageLog(page);
    const started = startDeskCore(deskConfig, portal?.url);
    if (portal) {
      await started.core.start();
      await expectReady(started.core).sync()?.pullNow();
    }
    const stopEvents = await attachCore(page, started.core, rendererServer.origin);
    await use({
      core: started.core,
      database: started.database,
      dataRoot: started.dataRoot,
      exports: started.exports,
      configPath: started.configPath,
      origin: rendererServer.origin,
      pageLog,
      open: async (screen) => {
        await page.goto(`${rendererServer.origin}/${screen ? `#/${screen}` : ''}`);
        await waitForAppStarted(page);
      },
    });
    stopEvents();
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('page-log', { body: pageLog.join('\n'), contentType: 'text/plain' });
      await testInfo.attach('page-dom', { body: await page.content().catch(() => '(page gone)'), contentType: 'text/html' });
    }
    await page.close();
    await started.dispose();
  },
});

export { expect };
