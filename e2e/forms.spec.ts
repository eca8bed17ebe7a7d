import { expect, test } from './harness/fixtures';
import { expectNoAxeViolations } from './harness/axe';
import type { DeskHarness } from './harness/fixtures';
import { addDays, formatDisplayDate, officeDate } from '../shared/domain/office-time';

// The forms of Circular 03/2025 from the real UI over the real core: an apology and
// extension (form 04) and a notice to stop (form 05) recorded and printed, the receipt
// (form 01) reprinted from the dossier; every new dialog state checked with axe.
test.use({ withPortal: true });

const codesInStatus = ({ database }: DeskHarness, status: number, limit: number): string[] =>
  (database?.db.prepare("SELECT code FROM dossier WHERE code NOT LIKE 'TMP-%' AND status = ? ORDER BY code LIMIT ?").all(status, limit) as { code: string }[]).map((r) => r.code);

test('extension and stop are recorded and their forms printed; the receipt is reprinted from the dossier', async ({ page, desk }) => {
  test.setTimeout(120_000);
  const [extended, stopped] = codesInStatus(desk, 4, 2);
  if (!extended || !stopped) throw new Error('no dossiers in processing');
  const newDue = addDays(officeDate(new Date()), 20);

  await desk.open(`dossier/${encodeURIComponent(extended)}`);
  await page.getByTestId('reprint-receipt').click();
  const receipt = page.getByTestId('print-page');
  await expect(receipt.getByRole('heading', { name: 'PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' })).toBeVisible();
  await expect(receipt).toContainText('Mẫu số 01');
  await expect(receipt).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expectNoAxeViolations(page, 'form 01 reprinted from the dossier');
  await page.getByRole('button', { name: 'Đóng' }).click();

  await page.getByTestId('action-panel').getByRole('button', { name: 'Xin lỗi và hẹn lại ngày trả' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('spinbutton').first().click();
  await page.keyboard.type(formatDisplayDate(newDue).replaceAll('/', ''));
  await dialog.getByLabel('Lý do').fill('Chờ ý kiến của cơ quan phối hợp');
  await expectNoAxeViolations(page, 'the apology and extension dialog');
  await dialog.getByRole('button', { name: 'Lưu thao tác' }).click();
  await page.getByRole('button', { name: 'In phiếu xin lỗi và hẹn lại ngày trả (mẫu 04)' }).click();
  const apology = page.getByTestId('print-page');
  await expect(apology.getByRole('heading', { name: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ' })).toBeVisible();
  await expect(apology).toContainText(`Ngày hẹn trả mới:${formatDisplayDate(newDue)}`);
  await expect(apology.getByTestId('form-officer')).toContainText('Cán bộ tiếp nhận');
  await expectNoAxeViolations(page, 'form 04 after its action');
  await page.getByRole('button', { name: 'Đóng' }).click();

  await desk.open(`dossier/${encodeURIComponent(stopped)}`);
  await page.getByTestId('action-panel').getByRole('button', { name: 'Dừng xử lý hồ sơ' }).click();
  await page.getByRole('dialog').getByLabel('Lý do').fill('Hồ sơ có giấy tờ giả mạo');
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu thao tác' }).click();
  await page.getByRole('button', { name: 'In phiếu dừng xử lý (mẫu 05)' }).click();
  await expect(page.getByTestId('print-page').getByRole('heading', { name: 'PHIẾU DỪNG XỬ LÝ' })).toBeVisible();
  await expect(page.getByTestId('print-page')).toContainText('Hồ sơ có giấy tờ giả mạo');
  await expectNoAxeViolations(page, 'form 05 after its action');

  const queued = desk.database?.db.prepare("SELECT kind, payload FROM outbox WHERE kind IN ('extend_deadline', 'stop_processing') ORDER BY seq").all() as { kind: string; payload: string }[];
  expect(queued.map((r) => r.kind)).toEqual(['extend_deadline', 'stop_processing']);
  expect(JSON.parse(queued[0]?.payload ?? '{}')).toMatchObject({ newDueDate: newDue });
});
