import { expect, test } from './harness/fixtures';
import { expectNoAxeViolations } from './harness/axe';

// Directive 24 end to end: a paper intake of an online-only procedure is refused in the real UI
// before anything is queued, and the desk offers assisted online filing instead.
test.use({ withPortal: true });

test('a paper intake of an online-only procedure is refused and assisted online filing is offered (axe clean)', async ({ page, desk }) => {
  test.setTimeout(120_000);
  const db = desk.database?.db;
  if (!db) throw new Error('no store');
  const person = db.prepare("SELECT id_number AS id FROM citizen WHERE json_extract(body, '$.kind') = 'citizen' ORDER BY id LIMIT 1").get() as { id: string };
  const outbox = () => (db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
  const before = outbox();

  await desk.open('intake');
  await page.getByRole('textbox', { name: /Họ và tên/ }).fill('Nguyễn Văn An');
  await page.getByRole('textbox', { name: /Số giấy tờ/ }).fill(person.id);
  await page.getByRole('textbox', { name: /^Địa chỉ/ }).fill('Phường Ba Đình, Thành phố Hà Nội');
  await page.getByRole('combobox', { name: /Thủ tục hành chính/ }).fill('Đăng ký tạm trú');
  await page.getByRole('option', { name: /1\.004222/ }).click();
  await page.getByRole('textbox', { name: /Trích yếu/ }).fill('Đăng ký tạm trú tại phường');
  await page.getByRole('textbox', { name: 'Giấy tờ 1' }).fill('Tờ khai CT01');
  // The competent unit is picked for the procedure (commune police), not taken from this centre.
  await expect(page.getByTestId('competent-unit')).toContainText('Công an phường');
  await expectNoAxeViolations(page, 'intake form with the competent unit picker (vi)');
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();

  await expect(page.getByTestId('online-only-refusal')).toContainText('không tiếp nhận hồ sơ giấy');
  await expect(page.getByTestId('assisted-readiness')).toBeVisible();
  await expect(page.getByRole('button', { name: 'In phiếu hướng dẫn nộp trực tuyến' })).toBeVisible();
  expect(outbox()).toBe(before);
  await expectNoAxeViolations(page, 'intake refused: assisted online filing (vi)');

  // Recorded from the refusal, with no dossier: kept on this desk, nothing queued.
  await page.getByRole('button', { name: 'Ghi nhận đã hỗ trợ nộp trực tuyến' }).click();
  await expect(page.getByTestId('assisted-recorded')).toContainText('Đã ghi nhận hỗ trợ nộp trực tuyến');
  expect(outbox()).toBe(before);
  expect((db.prepare("SELECT count(*) AS n FROM desk_activity WHERE kind = 'assisted_online_filing'").get() as { n: number }).n).toBe(1);
  await expectNoAxeViolations(page, 'assisted online filing recorded (vi)');
});
