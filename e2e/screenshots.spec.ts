import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { repoRoot } from './harness/renderer-build';
import { appScreens, chooseLanguage, languages } from './harness/screens';

/**
 * `npm run screenshots` (scripts/screenshots.mjs) runs only this file's @screenshots
 * tests; the normal e2e run leaves them out (grepInvert in playwright.config.ts).
 * One PNG per screen and language in docs/screenshots/.
 */
const shotsDir = join(repoRoot, 'docs', 'screenshots');

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: join(shotsDir, `${name}.png`), animations: 'disabled', caret: 'hide' });

for (const language of languages) {
  test(`every screen in ${language}`, { tag: '@screenshots' }, async ({ page, desk }) => {
    await desk.core.dispatch('prefs.set', { language }, { trusted: true });
    for (const screen of appScreens) {
      await screen.prepare?.(desk.core);
      await desk.open(screen.route);
      await expect(page.getByRole('heading', { level: 1, name: screen.heading[language] })).toBeVisible();
      await expect(page.getByTestId('training-banner')).toBeVisible();
      await shoot(page, `${screen.name ?? screen.route}-${language}`);
    }
  });
}

test.describe('config error', () => {
  test.use({ deskConfig: { mode: 'staging', portal: { timeoutMs: 5 } } });

  test('in both languages', { tag: '@screenshots' }, async ({ page, desk }) => {
    await desk.open();
    await expect(page.getByTestId('config-issues')).toBeVisible();
    await shoot(page, 'config-error-vi');
    await chooseLanguage(page, 'English');
    await page.mouse.move(0, 0);
    await page.locator('body').evaluate((body) => (body.ownerDocument.activeElement as { blur?: () => void } | null)?.blur?.());
    await shoot(page, 'config-error-en');
  });
});
