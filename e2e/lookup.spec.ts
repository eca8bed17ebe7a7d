import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatChipQr } from '../shared/domain/chip-qr';
import { HOTLINE, linkageStatus, PROBLEM_STATES } from '../shared/domain/linkage';
import { officeDate } from '../shared/domain/office-time';
import { expectNoAxeViolations } from './harness/axe';
import { expect, test, type DeskHarness } from './harness/fixtures';
import { expectReady } from '../test/core-under-test';
import { cachedCitizens, cachedDossiers, citizensByState, unaccented } from './harness/lookup-data';
import { repoRoot } from './harness/renderer-build';
import { languages, lookupDataScreens, type LookupSample } from './harness/screens';

test.use({ withPortal: true });

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /Tìm hồ sơ hoặc công dân|Find a dossier or citizen/ });

/** A citizen with at least one cached dossier, and that dossier. */
function sampleOf(desk: DeskHarness) {
  const citizens = cachedCitizens(desk);
  const byId = new Map(citizens.map((c) => [c.citizen.idNumber, c]));
  const dossier = cachedDossiers(desk).find((d) => d.applicant.kind === 'citizen' && d.applicant.idNumber && byId.has(d.applicant.idNumber));
  if (!dossier?.applicant.idNumber) throw new Error('no cached dossier of a cached citizen');
  const owner = byId.get(dossier.applicant.idNumber);
  if (!owner) throw new Error('unreachable');
  return { dossier, owner };
}

const noCspViolations = (desk: DeskHarness) =>
  desk.pageLog.filter((line) => /Content Security Policy/.test(line) && !/frame-ancestors/.test(line));

test.describe('lookup over a cache pulled from the simulator', () => {
  test('by dossier code: Enter opens the dossier at once, with freshness', async ({ page, desk }) => {
    const { dossier } = sampleOf(desk);
    await desk.open('lookup');
    await expect(page.getByTestId('freshness')).toContainText('Dữ liệu lưu trên máy, cập nhật lúc');
    await searchBox(page).fill(dossier.code);
    await searchBox(page).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${dossier.code}` })).toBeVisible();
    await expect(page.getByTestId('dossier-general')).toContainText(dossier.procedure.name);
    await expect(page.getByTestId('freshness')).toContainText('cập nhật lúc');
    await page.keyboard.press('Escape');
    await expect(searchBox(page)).toHaveValue(dossier.code);
  });

  test('by ID number and by chip-card QR text (typed like a scanner): the citizen opens directly', async ({ page, desk }) => {
    const { owner } = sampleOf(desk);
    const c = owner.citizen;
    await desk.open('lookup');
    await searchBox(page).fill(c.idNumber);
    await searchBox(page).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Công dân: ${c.fullName}` })).toBeVisible();
    await expect(page.getByTestId('citizen-id')).not.toContainText(c.idNumber);

    await page.keyboard.press('Escape');
    await searchBox(page).fill('');
    const qr = formatChipQr({
      idNumber: c.idNumber, oldIdNumber: null, fullName: c.fullName, birthDate: c.birthDate ?? '1990-01-01',
      gender: c.gender ?? 'male', address: c.address || null, issueDate: null,
    });
    await searchBox(page).pressSequentially(`${qr}\n`, { delay: 2 });
    await expect(page.getByRole('heading', { level: 1, name: `Công dân: ${c.fullName}` })).toBeVisible();
  });

  test('malformed QR text gets a clear message', async ({ page, desk }) => {
    await desk.open('lookup');
    await searchBox(page).fill('079190001234||Nguyễn Văn An|31139999|Nam');
    await searchBox(page).press('Enter');
    await expect(page.getByTestId('lookup-message')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeVisible();
  });

  test('by name without diacritics: the results list holds the dossier; arrows and Enter open it', async ({ page, desk }) => {
    const { dossier } = sampleOf(desk);
    await desk.open('lookup');
    await searchBox(page).fill(unaccented(dossier.applicant.name));
    const list = page.getByRole('listbox', { name: 'Kết quả tìm kiếm' });
    await expect(list.getByRole('option').filter({ hasText: dossier.code })).toHaveCount(1);
    await expect(list.getByRole('option').first()).toContainText(/Hẹn trả \d\d\/\d\d\/\d{4}|Chưa có ngày hẹn/);
    await searchBox(page).press('ArrowDown');
    await expect(list).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /^Hồ sơ / })).toBeVisible();
  });

  test('a common surname: the first 50 rows, more when the officer reaches the end of the list', async ({ page, desk }) => {
    const surnames = new Map<string, number>();
    for (const d of cachedDossiers(desk)) {
      const surname = unaccented(d.applicant.name).split(' ')[0] ?? '';
      surnames.set(surname, (surnames.get(surname) ?? 0) + 1);
    }
    const [surname, count] = [...surnames].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    expect(count, 'the test data has a surname with more than 50 dossiers').toBeGreaterThan(50);
    await desk.open('lookup');
    await searchBox(page).fill(surname);
    await expect(page.getByRole('status').filter({ hasText: '50 hồ sơ đầu tiên' })).toBeVisible();
    const list = page.getByRole('listbox', { name: 'Kết quả tìm kiếm' });
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', '50');
    await searchBox(page).press('ArrowDown');
    await page.keyboard.press('End');
    await expect.poll(async () => Number(await list.getByRole('option').first().getAttribute('aria-setsize'))).toBeGreaterThan(50);
    // The officer keeps their place on the 50th row, now with the rest below it.
    const activeId = await list.getAttribute('aria-activedescendant');
    await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute('aria-posinset', '50');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /^Hồ sơ / })).toBeVisible();

    // Back to the same search (the first 50 again); scrolling to the end with the mouse loads more too.
    await page.keyboard.press('Escape');
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', '50');
    await list.hover();
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, 2000);
        return Number(await list.getByRole('option').first().getAttribute('aria-setsize'));
      })
      .toBeGreaterThan(50);
  });

  test('a citizen in each linkage state present in the data: title, hotline exactly for problems, no account creation', async ({ page, desk }) => {
    const today = officeDate(new Date());
    const found = citizensByState(desk, today);
    expect(found.size).toBeGreaterThanOrEqual(4);
    for (const [state, { ref, citizen }] of found) {
      const expected = linkageStatus(citizen.linkage, today);
      await desk.open(`citizen/${ref}`);
      await expect(page.getByTestId('linkage-title'), state).toHaveText(expected.title.vi);
      await expect(page.getByTestId('hotline')).toHaveCount(PROBLEM_STATES.has(state) ? 1 : 0);
      if (PROBLEM_STATES.has(state)) await expect(page.getByTestId('hotline')).toContainText(HOTLINE);
      await expect(page.getByRole('button', { name: /tạo tài khoản/i })).toHaveCount(0);
      if (state === 'no_account') await expect(page.getByTestId('linkage-guidance')).toContainText('3701/VPCP-KSTT');
    }
  });

  test('prints the Vietnamese guidance slip on A5', async ({ page, desk }) => {
    const problem = [...citizensByState(desk)].find(([state]) => PROBLEM_STATES.has(state));
    if (!problem) throw new Error('no citizen in a problem state in the test data');
    const [, { ref, citizen }] = problem;
    await desk.open(`citizen/${ref}`);
    await expect(page.getByTestId('linkage-title')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const slip = page.getByTestId('guidance-slip');
    await expect(slip).toBeVisible();
    await expect(slip).toContainText(`Công dân: ${citizen.fullName}`);
    await expect(slip).toContainText(HOTLINE);
    await expect(page.locator('#root')).toBeHidden();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    // A5 is 148 × 210 mm = 419.5 × 595.3 pt (Chromium rounds to whole points); A4 would be 595 × 842.
    expect(Math.abs(Number(box?.[1]) - 419.5)).toBeLessThan(1.5);
    expect(Math.abs(Number(box?.[2]) - 595.3)).toBeLessThan(1.5);
    await page.emulateMedia({ media: 'screen' });
  });

  test('records VNeID guidance for a walk-in with the decided state; the slip names the unit and the officer (axe clean)', async ({ page, desk }) => {
    const today = officeDate(new Date());
    const first = [...citizensByState(desk, today)][0];
    if (!first) throw new Error('no cached citizen');
    const [state, { ref, citizen }] = first;
    const expected = linkageStatus(citizen.linkage, today);
    await desk.open(`citizen/${ref}`);
    await expect(page.getByTestId('guidance-record')).toContainText(`Tình trạng được hướng dẫn: ${expected.title.vi}`);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'In phiếu hướng dẫn' }).click();
    await expect(page.getByTestId('guidance-recorded')).toContainText('Đã ghi nhận hướng dẫn lúc');
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await expectNoAxeViolations(page, 'citizen view, guidance recorded');
    const session = await desk.core.dispatch('auth.session', {}, { trusted: true });
    const officer = session.ok ? (session.value as { session: { displayName: string } | null }).session?.displayName : undefined;
    if (!officer) throw new Error('no officer signed in');
    await page.emulateMedia({ media: 'print' });
    const slip = page.getByTestId('guidance-slip');
    await expect(slip).toContainText(desk.core.state === 'ready' ? desk.core.config.centre.name : '');
    await expect(slip).toContainText(`Cán bộ hướng dẫn: ${officer}`);
    await expect(slip).toContainText(expected.title.vi);
    await page.emulateMedia({ media: 'screen' });
    const audited = desk.database?.db.prepare("SELECT detail FROM audit WHERE action = 'vneid_guidance'").all() as { detail: string }[];
    expect(audited.map((row) => JSON.parse(row.detail) as unknown)).toEqual([{ ref, state, slipPrinted: true }]);
  });

  test('offline: with the portal down, search and views still work from the cache', async ({ page, desk, portal }) => {
    const { dossier, owner } = sampleOf(desk);
    portal?.faults.outage(60_000);
    await expectReady(desk.core).sync()?.pullNow().catch(() => undefined);
    await desk.open('lookup');
    await searchBox(page).fill(dossier.code);
    await searchBox(page).press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${dossier.code}` })).toBeVisible();
    await desk.open(`citizen/${owner.ref}`);
    await expect(page.getByTestId('linkage-title')).toBeVisible();
    await expect(page.getByTestId('freshness')).toContainText('cập nhật lúc');
  });
});

function lookupSample(desk: DeskHarness): LookupSample & { name: string } {
  const { dossier, owner } = sampleOf(desk);
  return { code: dossier.code, citizenRef: owner.ref, citizenName: owner.citizen.fullName, name: unaccented(owner.citizen.fullName) };
}

test.describe('accessibility of the lookup views (axe, WCAG 2.2 A/AA)', () => {
  for (const language of languages) {
    test(`results, dossier, citizen and the reveal dialog in ${language}`, async ({ page, desk }) => {
      await desk.core.dispatch('prefs.set', { language }, { trusted: true });
      const sample = lookupSample(desk);
      await desk.open('lookup');
      await searchBox(page).fill(sample.name);
      await expect(page.getByRole('option').first()).toBeVisible();
      await page.getByRole('button', { name: language === 'vi' ? /Bộ lọc/ : /Filters/ }).click();
      await expectNoAxeViolations(page, `lookup results (${language})`);
      for (const screen of lookupDataScreens(sample)) {
        await desk.open(screen.route);
        await expect(page.getByRole('heading', { level: 1, name: screen.heading[language] })).toBeVisible();
        await expectNoAxeViolations(page, `${screen.name} (${language})`);
      }
      await page.getByRole('button', { name: language === 'vi' ? 'Hiện số định danh' : 'Show ID number' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoAxeViolations(page, `reveal dialog (${language})`);
      expect(noCspViolations(desk)).toEqual([]);
    });
  }
});

const shotsDir = join(repoRoot, 'docs', 'screenshots');
const shoot = (page: Page, name: string) => page.screenshot({ path: join(shotsDir, `${name}.png`), animations: 'disabled', caret: 'hide' });

for (const language of languages) {
  test(`lookup views in ${language}`, { tag: '@screenshots' }, async ({ page, desk }) => {
    await desk.core.dispatch('prefs.set', { language }, { trusted: true });
    const sample = lookupSample(desk);
    await desk.open('lookup');
    await searchBox(page).fill(sample.name.split(' ')[0] ?? sample.name);
    await expect(page.getByRole('option').first()).toBeVisible();
    await shoot(page, `lookup-results-${language}`);
    for (const screen of lookupDataScreens(sample)) {
      await desk.open(screen.route);
      await expect(page.getByRole('heading', { level: 1, name: screen.heading[language] })).toBeVisible();
      await shoot(page, `${screen.name}-${language}`);
    }
    await page.emulateMedia({ media: 'print' });
    await shoot(page, `guidance-slip-${language}`);
    await page.emulateMedia({ media: 'screen' });
  });
}
