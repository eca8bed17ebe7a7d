import { existsSync } from 'node:fs';
import { expectNoAxeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';

const PASSWORD = 'taphuan@2024';

test.describe('sign-in, lock and the supervisor screen over the real core', () => {
  test('training starts as canbo01; sign out, sign in as giamsat01, report, export, lock and unlock', async ({ page, desk }) => {
    // Sign-in asks the portal: connect the core to the training simulator.
    await desk.core.start();
    await desk.open();
    await expect(page.getByTestId('session-officer')).toContainText('Cán bộ:');
    await expect.poll(async () => (await desk.core.dispatch('auth.session', {}, { trusted: true })).ok).toBe(true);
    const start = await desk.core.dispatch('auth.session', {}, { trusted: true });
    expect(start).toMatchObject({ ok: true, value: { session: { officerId: 'canbo01', roles: ['officer'] }, locked: false } });
    // An officer does not see the supervisor screen.
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Giám sát' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
    await expect(page.getByTestId('training-accounts')).toContainText('giamsat01');
    await expect(page.getByRole('navigation')).toHaveCount(0);

    await page.getByLabel('Mã cán bộ').fill('giamsat01');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.keyboard.press('Enter');
    // A supervisor lands on the report, no click needed.
    await expect(page.getByRole('heading', { level: 1, name: 'Giám sát' })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Giám sát' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('supervisor-report')).toBeVisible();
    await expect(page.getByTestId('timeliness-chart')).toBeVisible();

    await page.getByRole('button', { name: 'Xuất XLSX' }).click();
    const path = (await page.getByTestId('export-path').textContent()) ?? '';
    expect(path).toMatch(/\.xlsx$/);
    // Saved where the supervisor chose (the save dialog's stand-in), never in the data folder.
    expect(path.startsWith(desk.exports.folder)).toBe(true);
    expect(path.startsWith(desk.dataRoot)).toBe(false);
    expect(existsSync(path)).toBe(true);
    await page.getByRole('button', { name: 'Mở tệp' }).click();
    await expect.poll(() => desk.exports.opened).toEqual([path]);
    await expectNoAxeViolations(page, 'supervisor export saved, with open file');
    await expect(page.getByTestId('export-audit-ok')).toHaveText('Đã kiểm tra: nguyên vẹn');

    await page.getByRole('button', { name: 'Khóa màn hình' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Màn hình đã khóa' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Mở khóa' }).click();
    await expect(page.getByText('Mật khẩu không đúng.')).toBeVisible();
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Mở khóa' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Giám sát' })).toBeVisible();
    await expect(page.getByTestId('session-officer')).toBeVisible();

    const violations = desk.pageLog.filter((line) => /Content Security Policy/.test(line) && !/frame-ancestors/.test(line));
    expect(violations).toEqual([]);
  });

  test('a lock pushed by the core (idle, OS lock) shows the lock screen', async ({ page, desk }) => {
    await desk.open();
    await expect(page.getByTestId('session-officer')).toBeVisible();
    await desk.core.dispatch('auth.lock', {}, { trusted: true });
    await expect(page.getByRole('heading', { level: 1, name: 'Màn hình đã khóa' })).toBeVisible();
  });
});
