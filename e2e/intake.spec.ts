import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';

// Issue 17.4: the counter checks what the portal checks, and the confirmation tells the truth about the code.
test.use({ withPortal: true });
test.describe.configure({ timeout: 120_000 });

async function fillIntake(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: /Họ và tên/ }).fill('Phan Thị Mai');
  await page.getByRole('textbox', { name: /^Địa chỉ/ }).fill('27 Nguyễn Huệ, Phường Thuận Hóa, Thành phố Huế');
  await page.getByRole('combobox', { name: /Thủ tục hành chính/ }).fill('Chứng thực bản sao');
  await page.getByRole('option', { name: /2\.000815/ }).click();
  await page.getByRole('textbox', { name: /Trích yếu/ }).fill('Chứng thực bản sao sổ đỏ và giấy khai sinh');
}

test('a bad ID number and phone are refused at the counter; corrected, the intake gets its official code', async ({ page, desk, portal }) => {
  if (!portal) throw new Error('the portal fixture is missing');
  await desk.open('intake');
  await fillIntake(page);
  const checklist = page.getByTestId('document-checklist');
  await expect(checklist.getByRole('checkbox')).toHaveCount(3);
  // React Aria keeps the input visually hidden: press the label, as an officer clicks it.
  await checklist.getByText(/Bản chính giấy tờ/).click();
  await checklist.getByText(/Bản sao cần chứng thực/).click();
  await expect(checklist.getByRole('checkbox', { name: /Bản sao cần chứng thực/ })).toBeChecked();

  const id = page.getByRole('textbox', { name: /Số giấy tờ/ });
  const phone = page.getByRole('textbox', { name: /Số điện thoại/ });
  await id.fill('12345');
  await phone.fill('abc');
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/Số định danh cá nhân phải gồm đúng 12 chữ số/)).toBeVisible();
  await expect(page.getByText(/Số điện thoại không hợp lệ/)).toBeVisible();
  await expectNoAxeViolations(page, 'intake with refused ID number and phone');
  expect(portal.ledger()).toHaveLength(0);

  await id.fill('046190012345');
  await phone.fill('0914 123 456');
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  const done = page.getByTestId('intake-done');
  // Online: the desk waits for the portal's code and shows it, never the TMP- number.
  await expect(done).toHaveAttribute('data-phase', 'official', { timeout: 30_000 });
  await expect(done).not.toContainText('TMP-');
  await expect(done).toContainText('đây là mã hồ sơ chính thức');
  await expectNoAxeViolations(page, 'intake confirmed with its official code');
  const [entry] = portal.ledger();
  expect(portal.ledger()).toHaveLength(1);
  await expect(done).toContainText(`Đã tiếp nhận hồ sơ ${entry?.code ?? '(none)'}`);
});

test('offline, the confirmation says plainly that its TMP- code is provisional', async ({ page, desk, portal }) => {
  if (!portal) throw new Error('the portal fixture is missing');
  portal.faults.outage(120_000);
  await desk.open('intake');
  await fillIntake(page);
  await page.getByTestId('document-checklist').getByText(/Bản sao cần chứng thực/).click();
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  const done = page.getByTestId('intake-done');
  await expect(done).toHaveAttribute('data-phase', 'provisional', { timeout: 30_000 });
  await expect(done).toContainText('TMP-');
  await expect(done).toContainText('mã TẠM THỜI');
  await expectNoAxeViolations(page, 'intake confirmed offline with a provisional code');
});
