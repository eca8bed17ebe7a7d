import { expect, test } from './harness/fixtures';
import { expectNoAxeViolations } from './harness/axe';
import type { DeskHarness } from './harness/fixtures';

// Issue 5 end to end: counter actions recorded in the real UI, queued while the portal is
// down, delivered when it is back; a stale version shows the conflict and is re-applied.
test.use({ withPortal: true });

const codesInStatus = ({ database }: DeskHarness, status: number | null, limit: number): string[] =>
  (database?.db
    .prepare(`SELECT code FROM dossier WHERE code NOT LIKE 'TMP-%' ${status === null ? '' : 'AND status = ?'} ORDER BY code LIMIT ?`)
    .all(...(status === null ? [limit] : [status, limit])) as { code: string }[]).map((r) => r.code);

test('with the portal down three actions wait, then are delivered when it is back', async ({ page, desk, portal }) => {
  test.setTimeout(90_000);
  if (!portal) throw new Error('the portal fixture is missing');
  portal.faults.outage(120_000);
  const codes = codesInStatus(desk, null, 3);
  for (const code of codes) {
    await desk.open(`dossier/${encodeURIComponent(code)}`);
    await page.getByTestId('action-panel').getByRole('button', { name: 'Ghi chú', exact: true }).click();
    await page.getByRole('dialog').getByLabel('Nội dung ghi chú').fill(`Công dân hỏi tiến độ ${code}`);
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu thao tác' }).click();
    await expect(page.getByText('Đã lưu, đang chờ gửi')).toBeVisible();
  }
  await expect(page.getByRole('status').getByText(/3 thao tác chờ gửi/)).toBeVisible({ timeout: 15_000 });

  await desk.open('queue');
  const rows = page.getByRole('row').filter({ hasText: 'Chờ gửi' });
  await expect(rows).toHaveCount(3);
  expect(portal.ledger()).toHaveLength(0);

  portal.faults.clear();
  await page.getByRole('button', { name: 'Gửi tất cả ngay' }).click();
  await expect(page.getByRole('status').getByText('Không có thao tác chờ gửi')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('row').filter({ hasText: 'Đã gửi' })).toHaveCount(3);
  const ledger = portal.ledger();
  expect(ledger.map((r) => r.code).sort()).toEqual([...codes].sort());
  expect(new Set(ledger.map((r) => r.idempotency_key)).size).toBe(3);
});

test('a 409 shows the conflict in the Queue and resolves by re-applying on the latest version', async ({ page, desk, portal }) => {
  test.setTimeout(90_000);
  if (!portal) throw new Error('the portal fixture is missing');
  const [code] = codesInStatus(desk, 2, 1);
  if (!code) throw new Error('no dossier in status 2 in the test data');
  portal.changeDossier(code); // someone else changed it: our cached version is now stale

  await desk.open(`dossier/${encodeURIComponent(code)}`);
  await page.getByTestId('action-panel').getByRole('button', { name: 'Chuyển xử lý', exact: true }).click();
  await page.getByRole('dialog').getByLabel('Mã đơn vị xử lý').fill('H15.50.05.13');
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu thao tác' }).click();
  await expect(page.getByText('Đã lưu, đang chờ gửi')).toBeVisible();

  await desk.open('queue');
  const conflict = page.getByRole('row').filter({ hasText: 'Xung đột' });
  await expect(conflict).toHaveCount(1, { timeout: 30_000 });
  expect(portal.ledger()).toHaveLength(0);
  await conflict.getByRole('button', { name: 'Chi tiết' }).click();
  await expect(page.getByText('Trên Cổng hiện tại')).toBeVisible();
  await expect(page.getByText('Thao tác của bạn')).toBeVisible();
  await page.getByRole('button', { name: 'Áp dụng lại trên phiên bản mới nhất' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Đã gửi' })).toHaveCount(1, { timeout: 30_000 });
  expect(portal.ledger().map((r) => r.code)).toEqual([code]);
});

test('the queue explains a wait in the officer\'s words and asks before signing out with actions waiting', async ({ page, desk, portal }) => {
  test.setTimeout(90_000);
  if (!portal) throw new Error('the portal fixture is missing');
  portal.faults.outage(600_000);
  const [code] = codesInStatus(desk, null, 1);
  if (!code) throw new Error('no dossier in the test data');
  await desk.open(`dossier/${encodeURIComponent(code)}`);
  await page.getByTestId('action-panel').getByRole('button', { name: 'Ghi chú', exact: true }).click();
  await page.getByRole('dialog').getByLabel('Nội dung ghi chú').fill('Công dân hỏi tiến độ');
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu thao tác' }).click();
  await expect(page.getByText('Đã lưu, đang chờ gửi')).toBeVisible();

  await desk.open('queue');
  const row = page.getByRole('row').filter({ hasText: 'Chờ gửi' });
  await expect(row).toContainText('Cổng đang gặp sự cố (mã 503)', { timeout: 30_000 });
  await expect(row).toContainText('Lần gửi tiếp theo:');
  await expect(row).not.toContainText(/Service unavailable|simulated|retry/);
  await expectNoAxeViolations(page, 'queue: waiting with reason and next try');

  await row.getByRole('button', { name: 'Chi tiết' }).click();
  const detail = page.getByTestId('queue-detail');
  await expect(detail.getByTestId('next-try')).toBeVisible();
  await expect(detail.getByTestId('queue-history')).toContainText('Chưa gửi được, sẽ gửi lại');
  await expect(detail.getByTestId('queue-history')).not.toContainText(/\b(queued|sending|retry)\b/);
  await detail.getByText('Chi tiết kỹ thuật').click();
  await expect(detail).toContainText('503');
  await expectNoAxeViolations(page, 'queue detail: history, next try, technical detail');
  await detail.getByRole('button', { name: 'Đóng' }).click();

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  const confirm = page.getByTestId('sign-out-confirm');
  await expect(confirm).toContainText('1 thao tác đang chờ gửi');
  await expectNoAxeViolations(page, 'sign-out confirmation with actions waiting');
  await confirm.getByRole('button', { name: 'Ở lại' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  expect(portal.ledger()).toHaveLength(0);
});
