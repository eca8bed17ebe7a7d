import { mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createCore, type Core } from '../../electron/core/core';
import { defaultDataRoot } from '../../electron/core/config/paths';
import { packageVersion } from '../../electron/core/cli/package-version';
import { attachCore } from '../../e2e/harness/attach';
import { exportStandIn } from '../../e2e/harness/export-stand-in';
import { rendererOutDir, repoRoot } from '../../e2e/harness/renderer-build';
import { previewBannerScript } from './banner-script';
import { routeRenderer } from './routed-renderer';
import { OFFICE_TIME_ZONE } from '../../shared/domain/office-time';

/** The preview's own origin; it exists only inside the browser's request routing. */
export const PREVIEW_ORIGIN = 'https://desk.preview';

export interface PreviewOptions {
  readonly chromiumPath: string;
  /** Tests run it headless; a person gets a maximised app window. */
  readonly headless?: boolean;
  /** Default: the user's data folder + /preview (apart from the packaged app's own database). */
  readonly dataRoot?: string;
  readonly configPath?: string;
  readonly rendererDir?: string;
}

export interface Preview {
  readonly core: Core;
  readonly page: Page;
  /** Resolves once the window is closed and the core and its database are closed. */
  readonly closed: Promise<void>;
  close(): Promise<void>;
}

const CHROMIUM_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-dev-shm-usage',
];

/**
 * The app where Electron's runtime is missing: the built renderer in the system Chromium, over
 * the real core through the same bridge the browser tests use (one Playwright binding into the
 * core's dispatcher, trusted only from the page's top frame on the preview origin). Training mode
 * unless the machine config says otherwise. Closing the window closes the core cleanly.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const core = createCore({
    dataRoot: options.dataRoot ?? join(defaultDataRoot(), 'preview'),
    ...(options.configPath ? { configPath: options.configPath } : {}),
    version: packageVersion(),
    fontDir: join(repoRoot, 'resources', 'fonts'),
    // No Electron dialog here: exports go to ~/Tài liệu under their suggested name.
    exportTarget: exportStandIn(homedir()),
  });
  const profile = mkdtempSync(join(tmpdir(), 'desk-preview-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: options.chromiumPath,
      headless: options.headless ?? false,
      viewport: options.headless ? { width: 1366, height: 697 } : null,
      locale: 'vi-VN',
      timezoneId: OFFICE_TIME_ZONE,
      args: [...CHROMIUM_FLAGS, ...(options.headless ? [] : ['--app=about:blank', '--start-maximized'])],
    });
  } catch (error) {
    await core.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  await routeRenderer(context, PREVIEW_ORIGIN, options.rendererDir ?? rendererOutDir);
  const page = context.pages()[0] ?? (await context.newPage());
  const stopEvents = await attachCore(page, core, PREVIEW_ORIGIN);
  await page.addInitScript({ content: previewBannerScript() });

  let shutdown: Promise<void> | null = null;
  let markClosed = (): void => undefined;
  const closed = new Promise<void>((resolve) => (markClosed = resolve));
  const close = (): Promise<void> =>
    (shutdown ??= (async () => {
      stopEvents();
      await context.close().catch(() => undefined);
      await core.close();
      rmSync(profile, { recursive: true, force: true });
      markClosed();
    })());
  // The officer closing the window ends the preview, as closing the app window would.
  page.on('close', () => void close());
  context.on('close', () => void close());

  await core.start();
  await page.goto(`${PREVIEW_ORIGIN}/index.html`);
  return { core, page, closed, close };
}
