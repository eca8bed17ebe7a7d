import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { cachedDossiers } from './harness/lookup-data';

// Issue 17.3: a lock covers the mounted app; typed text and an open dialog survive it.
test.use({ withPortal: true });
test.describe.configure({ timeout: 120_000 });

const PASSWORD = 'taphuan@2024';

async function unlock(page: Page): Promise<void> {
  await page.getByTestId('unlock-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Mở khóa' }).click();
  // The training session has no password check on this PC yet: the portal checks it (slow scrypt).
  await expect(page.getByTestId('lock-screen')).toHaveCount(0, { timeout: 45_000 });
}

test('locking mid-intake keeps the typed text and gives focus back to the field', async ({ page, desk }) => {
  await desk.open('intake');
  await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ mới' })).toBeVisible();
  await page.getByRole('textbox', { name: /Họ và tên/ }).fill('Lê Thị Hoa');
  const address = page.getByRole('textbox', { name: /^Địa chỉ/ });
  await address.fill('15 Trần Phú, Phường Thuận Hóa, Thành phố Huế');

  await page.getByRole('button', { name: 'Khóa màn hình' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Màn hình đã khóa' })).toBeVisible();
  await expect(page.locator('#root')).toHaveAttribute('inert', '');
  await expect(page.getByTestId('unlock-password')).toBeFocused();
  await expectNoAxeViolations(page, 'lock screen over a half-typed intake');

  await unlock(page);
  await expect(page.getByRole('textbox', { name: /Họ và tên/ })).toHaveValue('Lê Thị Hoa');
  await expect(address).toHaveValue('15 Trần Phú, Phường Thuận Hóa, Thành phố Huế');
  await expect(address).toBeFocused();
  await expect(page.locator('#root')).not.toHaveAttribute('inert', '');
});

test('the idle lock over an open action dialog: the dialog and its text are still there after unlock', async ({ page, desk }) => {
  const [dossier] = cachedDossiers(desk);
  if (!dossier) throw new Error('need a cached dossier');
  await desk.open(`dossier/${encodeURIComponent(dossier.code)}`);
  await page.getByTestId('action-panel').getByRole('button', { name: 'Ghi chú', exact: true }).click();
  const note = page.getByRole('dialog').getByLabel('Nội dung ghi chú');
  await note.fill('Công dân sẽ quay lại bổ sung bản sao sổ hộ khẩu');

  // What the idle timer does: the core locks and pushes the new session state.
  await desk.core.dispatch('auth.lock', {}, { trusted: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Màn hình đã khóa' })).toBeVisible();
  // Clicking the lock screen must not dismiss the dialog underneath.
  await page.getByTestId('unlock-password').click();
  await expectNoAxeViolations(page, 'lock screen over an open dialog');

  await unlock(page);
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(note).toHaveValue('Công dân sẽ quay lại bổ sung bản sao sổ hộ khẩu');
  await expect(note).toBeFocused();
});
