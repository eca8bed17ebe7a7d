import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { cachedDossiers } from './harness/lookup-data';

test.use({ withPortal: true });

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /Tìm hồ sơ hoặc công dân|Find a dossier or citizen/ });
/** Key events as a scanner sends them: every key of `text` and Enter, milliseconds apart, to whatever has focus. */
const scanLikeAScanner = (page: Page, text: string) =>
  page.evaluate((keys) => {
    const target = document.activeElement ?? document.body;
    for (const key of [...keys, 'Enter']) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, [...text]);
const selection = (page: Page) =>
  searchBox(page).evaluate((input: HTMLInputElement) => ({ start: input.selectionStart, end: input.selectionEnd, length: input.value.length }));

test('a scan while a dossier is open opens the scanned dossier; Esc back selects the old text', async ({ page, desk }) => {
  const [first, second] = cachedDossiers(desk);
  if (!first || !second) throw new Error('need two cached dossiers');
  await desk.open(`dossier/${encodeURIComponent(first.code)}`);
  await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${first.code}` })).toBeVisible();
  // A scanner: the whole code within milliseconds, then Enter, with focus on the page (not a field).
  // Sent in one task in the page: Playwright's own typing goes key by key over the protocol
  // and, on a loaded machine, can leave more than a scanner's gap between two keys.
  await scanLikeAScanner(page, second.code);
  await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${second.code}` })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue(second.code);
  expect(await selection(page)).toEqual({ start: 0, end: second.code.length, length: second.code.length });
});

test('typing at human speed on a dossier is not taken for a scan', async ({ page, desk }) => {
  const [first, second] = cachedDossiers(desk);
  if (!first || !second) throw new Error('need two cached dossiers');
  await desk.open(`dossier/${encodeURIComponent(first.code)}`);
  await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${first.code}` })).toBeVisible();
  await page.keyboard.type(second.code.slice(0, 12), { delay: 120 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${first.code}` })).toBeVisible();
});

for (const key of ['Control+k', 'F3']) {
  test(`${key} from the queue and the intake screens goes to the search with the old text selected`, async ({ page, desk }) => {
    const [first] = cachedDossiers(desk);
    if (!first) throw new Error('no cached dossier');
    await desk.open('lookup');
    await searchBox(page).fill(first.applicant.name);
    for (const screen of ['queue', 'intake']) {
      await page.getByRole('link', { name: screen === 'queue' ? 'Hàng đợi' : 'Tiếp nhận' }).click();
      await expect(searchBox(page)).toHaveCount(0);
      await page.keyboard.press(key);
      await expect(searchBox(page)).toBeFocused();
      await expect(searchBox(page)).toHaveValue(first.applicant.name);
      expect(await selection(page)).toEqual({ start: 0, end: first.applicant.name.length, length: first.applicant.name.length });
    }
    await expectNoAxeViolations(page, 'lookup after Ctrl+K from another screen');
  });
}
