import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { OFFICE_TIME_ZONE } from './shared/domain/office-time';

/** Debian's Chromium (apt install chromium); CHROMIUM_PATH where it lives elsewhere. */
const chromiumPath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : process.env.CHROMIUM_PATH;

// `npm run screenshots` sets this to run only the @screenshots spec; normal runs skip it.
const screenshotRun = process.env.DESK_SCREENSHOTS === '1';

export default defineConfig({
  globalSetup: './e2e/harness/global-setup.ts',
  // Artifacts live below test-results/ so a second run does not wipe playwright.json.
  outputDir: 'test-results/playwright-artifacts',
  reporter: screenshotRun
    ? [['list']]
    : // A config outputFile would beat Playwright's PLAYWRIGHT_JSON_OUTPUT_NAME, so honour it here
      // (scripts/test.mjs names one file per project).
      [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/playwright.json' }]],
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  grepInvert: screenshotRun ? undefined : /@screenshots/,
  projects: [
    {
      name: 'chromium',
      testDir: 'e2e',
      testIgnore: ['electron/**', 'harness/**'],
      use: {
        browserName: 'chromium',
        headless: true,
        viewport: { width: 1280, height: 800 },
        locale: 'vi-VN',
        timezoneId: OFFICE_TIME_ZONE,
        launchOptions: {
          ...(chromiumPath ? { executablePath: chromiumPath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'e2e/electron',
    },
  ],
});
