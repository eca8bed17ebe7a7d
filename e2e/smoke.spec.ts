import { readFileSync } from 'node:fs';
import { callNames, eventNames } from '../shared/contract';
import { expectNoAxeViolations } from './harness/axe';
import { expectReady } from '../test/core-under-test';
import { expect, test } from './harness/fixtures';
import { appScreens, chooseLanguage, languages } from './harness/screens';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };


test.describe('the app over the real core', () => {
  test('loads in Vietnamese with the training banner and shows app.info', async ({ page, desk }) => {
    await desk.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeVisible();
    await expect(page.getByText('Chế độ tập huấn — dữ liệu mô phỏng, không phải hồ sơ thật')).toBeVisible();

    await page.getByRole('link', { name: 'Cài đặt' }).click();
    await expect(page.getByTestId('app-version')).toHaveText(version);
    await expect(page.getByTestId('app-mode')).toHaveText('Tập huấn (dữ liệu mô phỏng)');
    await expect(page.getByTestId('app-info')).toContainText(desk.dataRoot);
    await expect(page.getByTestId('app-info')).toContainText(String(expectReady(desk.core).schemaVersion));
    // The built app runs under its CSP without tripping it (the meta tag's note about
    // frame-ancestors, which only the header can carry, is not a violation).
    const violations = desk.pageLog.filter((line) => /Content Security Policy/.test(line) && !/frame-ancestors/.test(line));
    expect(violations).toEqual([]);
  });

  test('window.desk has exactly the contract shape and is frozen', async ({ page, desk }) => {
    await desk.open();
    const shape = await page.evaluate(() => {
      const bridge = (globalThis as unknown as { desk: { calls: object; events: object } }).desk;
      return {
        keys: Object.keys(bridge),
        calls: Object.keys(bridge.calls).sort(),
        events: Object.keys(bridge.events).sort(),
        frozen: Object.isFrozen(bridge) && Object.isFrozen(bridge.calls) && Object.isFrozen(bridge.events),
      };
    });
    expect(shape).toEqual({
      keys: ['calls', 'events'],
      calls: [...callNames].sort(),
      events: [...eventNames].sort(),
      frozen: true,
    });
  });

  test("refuses calls from any frame but the app's own top frame", async ({ page, desk }) => {
    await desk.open();
    await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { createElement(tag: string): { srcdoc: string; name: string }; body: { append(node: unknown): void } } }).document;
      const frame = doc.createElement('iframe');
      frame.name = 'foreign';
      frame.srcdoc = '<p>foreign</p>';
      doc.body.append(frame);
    });
    await expect.poll(() => page.frames().length).toBe(2);
    const foreign = page.frames().find((frame) => frame !== page.mainFrame());
    await expect.poll(() => foreign?.evaluate(() => typeof (globalThis as unknown as { __deskInvoke?: unknown }).__deskInvoke)).toBe('function');
    // The harness binding answers JSON text (see harness/attach.ts).
    const answer = await foreign?.evaluate(async () =>
      JSON.parse(await (globalThis as unknown as { __deskInvoke: (name: string, input: unknown) => Promise<string> }).__deskInvoke('app.info', {})) as unknown,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await foreign?.evaluate(() => 'desk' in globalThis)).toBe(false);
  });

  test('switches language, keeps <html lang> in step, and remembers it after a reload', async ({ page, desk }) => {
    await desk.open('settings');
    await chooseLanguage(page, 'English');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText('Training mode — simulated data, not real dossiers')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
    await expect(desk.core.dispatch('prefs.get', {}, { trusted: true })).resolves.toEqual({ ok: true, value: { language: 'en' } });

    await chooseLanguage(page, 'Tiếng Việt');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('link', { name: 'Tra cứu' })).toBeVisible();
  });

  test('follows a language change made elsewhere (pushed prefs.changed event)', async ({ page, desk }) => {
    await desk.open();
    await expect(page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeVisible();
    await desk.core.dispatch('prefs.set', { language: 'en' }, { trusted: true });
    await expect(page.getByRole('heading', { level: 1, name: 'Dossier lookup' })).toBeVisible();
  });

  test('is usable from the keyboard alone', async ({ page, desk }) => {
    await desk.open();
    // Tab until the Settings link has focus, then follow it with Enter.
    const settingsLink = page.getByRole('link', { name: 'Cài đặt' });
    for (let i = 0; i < 10 && !(await settingsLink.evaluate((el) => el === el.ownerDocument.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(settingsLink).toBeFocused();
    const outline = await settingsLink.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Cài đặt' })).toBeFocused();
  });
});

test.describe('a broken machine config', () => {
  test.use({ deskConfig: { mode: 'staging', portal: { timeoutMs: 5 }, colour: 'blue' } });

  test('shows the error screen with every bad key, the file, and who to contact', async ({ page, desk }) => {
    await desk.open();
    await expect(page.getByRole('heading', { level: 1, name: 'Cấu hình máy chưa hợp lệ' })).toBeVisible();
    const issues = page.getByTestId('config-issues');
    for (const key of ['mode', 'portal.timeoutMs', 'colour']) {
      await expect(issues.getByRole('cell', { name: key, exact: true })).toBeVisible();
    }
    await expect(page.getByTestId('config-path')).toHaveText(desk.configPath);
    await expect(page.getByText(/liên hệ bộ phận CNTT/)).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);

    await chooseLanguage(page, 'English');
    await expect(page.getByRole('heading', { level: 1, name: 'The machine configuration is not valid' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('a config file that is not JSON', () => {
  test.use({ deskConfig: '{ "mode": "training",' });

  test('names the file as the problem', async ({ page, desk }) => {
    await desk.open();
    await expect(page.getByTestId('config-issues').getByRole('cell', { name: '(file)' })).toBeVisible();
  });
});

test.describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  for (const language of languages) {
    test(`every screen in ${language}`, async ({ page, desk }) => {
      await desk.core.dispatch('prefs.set', { language }, { trusted: true });
      for (const screen of appScreens) {
        await screen.prepare?.(desk.core);
        await desk.open(screen.route);
        await expect(page.getByRole('heading', { level: 1, name: screen.heading[language] })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectNoAxeViolations(page, `${screen.name ?? screen.route} (${language})`);
      }
    });
  }

  test.describe('config error screen', () => {
    test.use({ deskConfig: { mode: 'staging' } });

    test('in both languages', async ({ page, desk }) => {
      await desk.open();
      await expectNoAxeViolations(page, 'config error (vi)');
      await chooseLanguage(page, 'English');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expectNoAxeViolations(page, 'config error (en)');
    });
  });
});
