import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { callNames, eventNames } from '../../shared/contract';
import { electronBinaryPath, projectRoot as repoRoot } from '../../scripts/lib/electron-runtime.mjs';

// The packaged-app checks: the real Electron shell with production security settings.
// npm test runs this project only where the runtime exists; run by hand without it, it fails
// with the reason instead of passing as skipped.
const executable = electronBinaryPath();
// One app instance for the whole file: the app holds a single-instance lock.
test.describe.configure({ mode: 'serial' });

// The page's globals as seen from this Node-typed file (no DOM lib here).
interface PageWindow {
  readonly desk?: { readonly calls: Record<string, (input: object) => Promise<{ ok: boolean }>>; readonly events: object };
  readonly location: { href: string };
  open(url: string): unknown;
}

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  if (executable === null) {
    throw new Error("Electron's runtime is not on this machine (node_modules/electron/path.txt or its binary is missing): see npm run doctor.");
  }
  if (!existsSync(join(repoRoot, 'out', 'main', 'index.js'))) {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npx electron-vite build failed; the Electron app cannot start.');
  }
  dataDir = mkdtempSync(join(tmpdir(), 'onestop-electron-e2e-'));
  app = await electron.launch({
    executablePath: executable,
    args: ['.', `--user-data-dir=${join(dataDir, 'user-data')}`],
    cwd: repoRoot,
    env: { ...process.env, ONESTOP_DESK_CONFIG: join(dataDir, 'absent-config.json') },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('the app starts on app://desk', async () => {
  expect(page.url()).toBe('app://desk/index.html');
  await expect(page.locator('#root')).not.toBeEmpty();
});

test('window.desk has exactly the contract calls and events', async () => {
  const shape = await page.evaluate(() => {
    const desk = (globalThis as unknown as PageWindow).desk;
    return desk ? { top: Object.keys(desk).sort(), calls: Object.keys(desk.calls).sort(), events: Object.keys(desk.events).sort() } : null;
  });
  expect(shape).toEqual({ top: ['calls', 'events'], calls: [...callNames].sort(), events: [...eventNames].sort() });
});

test('a contract call reaches the core from the app frame', async () => {
  const result = await page.evaluate(() => (globalThis as unknown as PageWindow).desk?.calls['app.status']?.({}));
  expect(result?.ok).toBe(true);
});

test('the page has no Node: require and process are undefined', async () => {
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as Record<string, unknown>).require,
    process: typeof (globalThis as Record<string, unknown>).process,
    module: typeof (globalThis as Record<string, unknown>).module,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
});

test('navigation to another site is blocked', async () => {
  const prevented = app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    return new Promise<boolean>((resolve) => {
      // Registered after the shell's own listener, so it sees the shell's decision.
      contents?.once('will-navigate', (event) => resolve(event.defaultPrevented));
    });
  });
  await page.evaluate(() => {
    (globalThis as unknown as PageWindow).location.href = 'https://example.com/';
  });
  expect(await prevented).toBe(true);
  expect(page.url()).toBe('app://desk/index.html');
});

test('window.open is denied', async () => {
  const opened = await page.evaluate(() => (globalThis as unknown as PageWindow).open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('DevTools are closed', async () => {
  const open = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((w) => w.webContents.isDevToolsOpened()));
  expect(open).toBe(false);
});
