import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './harness/axe';
import { expect, test, type DeskHarness } from './harness/fixtures';
import { cachedDossiers } from './harness/lookup-data';

test.use({ withPortal: true });

/** The typical counter PC maximised under the taskbar, and a full-HD screen. */
const viewports = [
  { width: 1366, height: 697 },
  { width: 1920, height: 1080 },
] as const;

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /Tìm hồ sơ hoặc công dân|Find a dossier or citizen/ });

/** Rows whose whole box lies inside the viewport (and inside the list's own scroll box). */
async function fullyVisibleRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const list = document.querySelector('[data-testid="dossier-list"]');
    if (!list) return 0;
    const box = list.getBoundingClientRect();
    const bottom = Math.min(box.bottom, window.innerHeight);
    return [...list.querySelectorAll('[role="option"]')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= bottom + 0.5;
    }).length;
  });
}

/** The most common surname among cached applicants: a search that fills the list. */
function commonSurname(desk: DeskHarness): string {
  const counts = new Map<string, number>();
  for (const d of cachedDossiers(desk)) {
    const surname = d.applicant.name.split(' ')[0] ?? '';
    counts.set(surname, (counts.get(surname) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Nguyễn';
}

for (const viewport of viewports) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('lookup: at least ten result rows fit under a one-line header', async ({ page, desk }) => {
      await desk.open('lookup');
      await searchBox(page).fill(commonSurname(desk));
      await expect(page.getByTestId('dossier-list')).toBeVisible();
      await expect(page.getByRole('option').first()).toBeVisible();
      expect(await fullyVisibleRows(page)).toBeGreaterThanOrEqual(10);
      // One header line: the bar is no taller than one row of navigation links.
      const header = await page.locator('.frame__bar').boundingBox();
      expect(header?.height ?? Infinity).toBeLessThan(60);
      // The centre's name is shown on that line, cut before the navigation rather than pushing it.
      const centre = page.getByTestId('centre-name');
      await expect(centre).toBeVisible();
      const full = (await centre.textContent()) ?? '';
      expect(full.length).toBeGreaterThan(0);
      await expect(centre).toHaveAttribute('title', full);
      const centreBox = await centre.boundingBox();
      const navBox = await page.getByRole('navigation', { name: /Điều hướng chính|Main navigation/ }).boundingBox();
      expect((centreBox?.x ?? Infinity) + (centreBox?.width ?? 0)).toBeLessThanOrEqual((navBox?.x ?? 0) + 0.5);
      await expectNoAxeViolations(page, `lookup results at ${viewport.width}x${viewport.height}`);
      // Open dossiers come before finished ones in the list.
      const statuses = await page.locator('[role="option"] .dossier-row__status').allTextContents();
      const finished = statuses.findIndex((name) => /Đã trả kết quả|Không tiếp nhận|Dừng xử lý|Công dân yêu cầu rút/.test(name));
      if (finished >= 0) expect(statuses.slice(finished).every((name) => /Đã trả kết quả|Không tiếp nhận|Dừng xử lý|Công dân yêu cầu rút/.test(name))).toBe(true);
    });

    test('lookup: the quick chips filter in one click', async ({ page, desk }) => {
      await desk.open('lookup');
      await page.getByTestId('chip-overdue').click();
      await expect(page.getByTestId('chip-overdue')).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('option').first()).toBeVisible();
      const badges = await page.locator('[role="option"] [data-timeliness]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-timeliness')));
      expect(badges.length).toBeGreaterThan(0);
      expect(new Set(badges)).toEqual(new Set(['overdue']));
      await expectNoAxeViolations(page, 'lookup with a quick chip on');
    });

    test('dossier: status, due date, timeliness, applicant and the allowed actions without scrolling', async ({ page, desk }) => {
      const open = cachedDossiers(desk).find((d) => d.status === 4) ?? cachedDossiers(desk)[0];
      if (!open) throw new Error('no cached dossier');
      await desk.open(`dossier/${encodeURIComponent(open.code)}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(open.code);
      const inView = async (locator: ReturnType<Page['locator']>) => {
        const box = await locator.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
      };
      const glance = page.getByTestId('dossier-glance');
      await expect(glance).toContainText('Đang xử lý');
      await expect(glance).toContainText(open.applicant.name);
      expect(await inView(glance)).toBe(true);
      expect(await inView(glance.locator('[data-timeliness], .badge').first())).toBe(true);
      const allowed = page.locator('.action-panel__list--allowed button');
      expect(await allowed.count()).toBeGreaterThan(0);
      for (const button of await allowed.all()) expect(await inView(button)).toBe(true);
      // Actions the status forbids wait behind one disclosure, each with its reason.
      await expect(page.getByRole('button', { name: 'Tiếp nhận', exact: true })).toHaveCount(0);
      await page.getByRole('button', { name: /Vì sao không có thao tác khác/ }).click();
      await expect(page.getByRole('button', { name: 'Tiếp nhận', exact: true })).toBeDisabled();
      await expectNoAxeViolations(page, `dossier with the other actions shown at ${viewport.width}x${viewport.height}`);
    });
  });
}
