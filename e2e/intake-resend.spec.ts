import { expectNoAxeViolations } from './harness/axe';
import { expect, test } from './harness/fixtures';

// Issue 17.4: a rejected intake is corrected and resent; the birth date and return-result states are axe-checked.
test.use({ withPortal: true });
test.describe.configure({ timeout: 120_000 });

test('an intake the portal refused is corrected in the prefilled form and resent: one delivery, the old one superseded', async ({ page, desk, portal }) => {
  if (!portal) throw new Error('the portal fixture is missing');
  // Queued as an older desk (or a script) would, without the counter's phone check: the portal refuses it.
  const queued = await desk.core.dispatch('action.intake', {
    procedureCode: '2.000815',
    applicant: { kind: 'citizen', name: 'Phan Thị Mai', idNumber: '046190012345', phone: 'abc', email: null, address: '27 Nguyễn Huệ, Phường Thuận Hóa, Thành phố Huế' },
    summary: 'Chứng thực bản sao giấy khai sinh', documents: ['Bản chính giấy khai sinh'], sets: 1, vneidVerified: false,
  }, { trusted: true });
  expect(queued.ok).toBe(true);
  await desk.core.dispatch('sync.now', {}, { trusted: true });
  const state = () => (desk.database?.db.prepare("SELECT state FROM outbox WHERE kind = 'intake' ORDER BY seq").all() as { state: string }[]).map((r) => r.state);
  await expect.poll(state, { timeout: 30_000 }).toEqual(['rejected']);

  await desk.open('queue');
  await page.getByRole('row').filter({ hasText: 'Bị từ chối' }).getByRole('button', { name: /Chi tiết/ }).click();
  const dialog = page.getByTestId('queue-detail');
  await expect(dialog.getByTestId('portal-reason')).toContainText('Số điện thoại không hợp lệ');
  await expectNoAxeViolations(page, 'queue detail of a rejected intake, offering correct and resend');
  await dialog.getByRole('button', { name: 'Sửa và gửi lại' }).click();

  await expect(page.getByTestId('intake-correcting')).toContainText('TMP-');
  const phone = page.getByRole('textbox', { name: /Số điện thoại/ });
  await expect(phone).toHaveValue('abc');
  await expect(page.getByRole('textbox', { name: /Họ và tên/ })).toHaveValue('Phan Thị Mai');
  await page.getByRole('button', { name: 'Gửi lại hồ sơ đã sửa' }).click();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'intake correcting a rejected one, with the refused phone marked');
  await phone.fill('0914 123 456');
  await page.getByRole('button', { name: 'Gửi lại hồ sơ đã sửa' }).click();
  const done = page.getByTestId('intake-done');
  await expect(done).toHaveAttribute('data-phase', 'official', { timeout: 30_000 });
  await expect(page.getByTestId('intake-resent')).toBeVisible();
  await expectNoAxeViolations(page, 'corrected intake resent and delivered');
  expect(state()).toEqual(['withdrawn', 'delivered']);
  expect(portal.ledger()).toHaveLength(1);
});

test('a birth date that is no real day is refused in the form, and return result asks for the authorised person', async ({ page, desk, portal }) => {
  if (!portal) throw new Error('the portal fixture is missing');
  await desk.open('intake');
  const birth = page.getByRole('textbox', { name: /Ngày sinh/ });
  await birth.fill('29/02/2025');
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(birth).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Ngày sinh phải là một ngày có thật, dạng dd/MM/yyyy.')).toBeVisible();
  await expectNoAxeViolations(page, 'intake with an impossible birth date');
  expect(portal.ledger()).toHaveLength(0);

  const [code] = (desk.database?.db.prepare("SELECT code FROM dossier WHERE status = 9 AND code NOT LIKE 'TMP-%' ORDER BY code LIMIT 1").all() as { code: string }[]).map((r) => r.code);
  if (!code) throw new Error('no processed dossier in the test data');
  await desk.open(`dossier/${encodeURIComponent(code)}`);
  await page.getByTestId('action-panel').getByRole('button', { name: 'Trả kết quả', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Người được ủy quyền').click();
  await dialog.getByRole('textbox', { name: /Họ và tên người được ủy quyền/ }).fill('Trần Văn Bình');
  await dialog.getByRole('textbox', { name: /Số định danh người được ủy quyền/ }).fill('079090001234');
  await dialog.getByRole('textbox', { name: /Lệ phí đã thu/ }).fill('-5');
  await dialog.getByRole('button', { name: 'Lưu thao tác' }).click();
  await expect(dialog.getByText('Nhập số tiền bằng đồng, số nguyên không âm (ví dụ 50.000).')).toBeVisible();
  await expectNoAxeViolations(page, 'return result by an authorised person, with a refused fee');
  await dialog.getByRole('textbox', { name: /Lệ phí đã thu/ }).fill('50.000');
  await dialog.getByRole('button', { name: 'Lưu thao tác' }).click();
  await expect(page.getByText(/Đã lưu/).first()).toBeVisible();
  await expect.poll(() => portal.ledger().filter((r) => r.code === code).length, { timeout: 30_000 }).toBe(1);
});
