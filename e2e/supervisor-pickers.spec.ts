import { expectNoAxeViolations, OPEN_COMBOBOX_RULES } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { languages } from './harness/screens';

test.use({ withPortal: true });

const trusted = { trusted: true } as const;
const TRAINING_PASSWORD = 'taphuan@2024';

test.describe("the supervisor's quick ranges and tile lists, the lookup's catalogue pickers (axe, WCAG 2.2 A/AA)", () => {
  for (const language of languages) {
    test(`in ${language}`, async ({ page, desk }) => {
      // Six axe runs over a full page: more than the default budget on a shared machine.
      test.slow();
      await desk.core.dispatch('prefs.set', { language }, trusted);
      const vi = language === 'vi';

      // The lookup's field and procedure pickers, searched without diacritics.
      await desk.open('lookup');
      await page.getByRole('button', { name: vi ? /Bộ lọc/ : /Filters/ }).click();
      await expectNoAxeViolations(page, `filters with the catalogue pickers (${language})`);
      const procedure = page.getByRole('combobox', { name: vi ? 'Thủ tục' : 'Procedure' });
      await procedure.click();
      await procedure.pressSequentially('dang ky khai');
      await expect(page.getByRole('option', { name: /Đăng ký khai sinh \(1\.001193\)/ })).toBeVisible();
      await expectNoAxeViolations(page, `procedure picker open (${language})`, OPEN_COMBOBOX_RULES);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(procedure).toHaveValue('Đăng ký khai sinh (1.001193)');
      await expectNoAxeViolations(page, `procedure picked (${language})`);

      await desk.core.dispatch('auth.signIn', { officerId: 'giamsat01', password: TRAINING_PASSWORD }, trusted);
      await desk.open('supervisor');
      await expect(page.getByTestId('supervisor-report')).toBeVisible();
      // The chip is the radio's label (the input itself is visually hidden).
      await page.getByTestId('quick-range-thisMonth').click();
      await expect(page.getByRole('radio', { name: vi ? 'Tháng này' : 'This month' })).toBeChecked();
      await expect(page.getByTestId('supervisor-report')).toBeVisible();
      await expectNoAxeViolations(page, `quick range chosen (${language})`);

      const received = page.getByTestId('dossiers-received');
      const shown = Number(await received.locator('.report__tile-number').textContent());
      await received.click();
      const panel = page.getByTestId('tile-list');
      await expect(panel.getByRole('heading', { level: 3 })).toContainText(`${shown}`);
      if (shown > 0) await expect(panel.getByRole('listbox')).toBeVisible();
      await expectNoAxeViolations(page, `tile list open (${language})`);
    });
  }
});
