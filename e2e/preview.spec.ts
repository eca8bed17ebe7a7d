import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PREVIEW_BANNER_TEXT } from '../scripts/preview/banner-script';
import { PREVIEW_ORIGIN, startPreview, type Preview } from '../scripts/preview/preview';
import { systemProbe } from '../scripts/setup/probe';
import { findChromium } from '../scripts/setup/requirements';
import { expectNoAxeViolations } from './harness/axe';

// What `npm start` opens where Electron's runtime is missing, driven here headless.
let preview: Preview;
let root: string;

test.beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'desk-preview-e2e-'));
  const chromiumPath = findChromium(systemProbe());
  if (!chromiumPath) throw new Error('no Chromium: npm test installs it (npm run doctor)');
  // No mode in the file: training by default, with a small simulated office to start fast.
  const configPath = join(root, 'config.json');
  writeFileSync(configPath, '// as IT would write it\n{ "training": { "dossiers": 200 }, }\n');
  preview = await startPreview({ chromiumPath, headless: true, dataRoot: join(root, 'data'), configPath });
});

test.afterEach(async () => {
  await preview.close();
  rmSync(root, { recursive: true, force: true });
});

test('opens the app in training mode with a permanent preview banner, and answers a contract call', async () => {
  const { page } = preview;
  await page.locator('.frame').waitFor();
  await expect(page.getByRole('note')).toContainText(PREVIEW_BANNER_TEXT.vi);
  await expect(page.getByTestId('training-banner')).toBeVisible();
  const info = await page.evaluate(async () => {
    const desk = (globalThis as unknown as { desk: { calls: Record<string, (input: object) => Promise<{ ok: boolean; value?: { mode?: string } }>> } }).desk;
    return desk.calls['app.info']?.({});
  });
  expect(info).toMatchObject({ ok: true, value: { mode: 'training' } });
  expect(page.url()).toBe(`${PREVIEW_ORIGIN}/index.html`);
  await expectNoAxeViolations(page, 'the preview window');
});

test('a page outside the preview origin gets nothing: requests never leave the browser', async () => {
  const { page } = preview;
  await page.locator('.frame').waitFor();
  const status = await page.evaluate(() => fetch('http://127.0.0.1:9/').then(() => 'reached', () => 'blocked'));
  expect(status).toBe('blocked');
});

test('closing the window closes the core and its database', async () => {
  const { page, core } = preview;
  await page.locator('.frame').waitFor();
  await page.close();
  await preview.closed;
  // A call that reads the database fails once its connection is closed.
  await expect(core.call('prefs.get', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
});
