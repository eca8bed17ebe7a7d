import type { Page } from '@playwright/test';
import { LINKAGE_STATE_NAMES } from '../shared/domain/linkage-states';
import { expectReady } from '../test/core-under-test';
import { expectNoAxeViolations } from './harness/axe';
import { expect, test, type DeskHarness } from './harness/fixtures';
import { cachedCitizens, cachedDossiers } from './harness/lookup-data';

// 17.6 and 17.7: the lookup's new states (fetched now, offline miss, refresh in progress and
// done) and the applicant's VNeID state on the results and the dossier, each checked with axe.
test.use({ withPortal: true });

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /Tìm hồ sơ hoặc công dân|Find a dossier or citizen/ });

/** Forgets a cached dossier, as if it was received at another counter after the last pull. */
function forgetNewestDossier(desk: DeskHarness): string {
  const db = desk.database?.db;
  if (!db) throw new Error('no database behind the core');
  const { id, code } = db.prepare("SELECT id, code FROM dossier WHERE code NOT LIKE 'TMP-%' ORDER BY id DESC LIMIT 1").get() as { id: number; code: string };
  db.prepare('DELETE FROM dossier_body WHERE id = ?').run(id);
  db.prepare('DELETE FROM dossier_name_fts WHERE rowid = ?').run(id);
  db.prepare('DELETE FROM dossier WHERE id = ?').run(id);
  return code;
}

test.describe('lookup states', () => {
  test('a code not on this PC is fetched from the portal and marked "fetched now"', async ({ page, desk }) => {
    const code = forgetNewestDossier(desk);
    await desk.open('lookup');
    await searchBox(page).fill(code);
    const note = page.getByTestId('ask-portal');
    await expect(note).toHaveAttribute('data-outcome', 'fetched');
    await expect(note).toContainText('Vừa tải từ cổng lúc');
    await expect(page.getByRole('option', { name: new RegExp(code) })).toBeVisible();
    await expectNoAxeViolations(page, 'lookup: fetched now');
  });

  test('offline: the miss says in Vietnamese that the portal could not be asked', async ({ page, desk, portal }) => {
    const code = forgetNewestDossier(desk);
    portal?.faults.outage(120_000);
    await expectReady(desk.core).sync()?.pullNow().catch(() => undefined);
    await desk.open('lookup');
    await searchBox(page).fill(code);
    const note = page.getByTestId('ask-portal');
    await expect(note).toHaveAttribute('data-outcome', 'offline');
    await expect(note).toContainText('máy đang ngoại tuyến nên không hỏi được cổng');
    await expect(page.getByRole('option')).toHaveCount(0);
    await expectNoAxeViolations(page, 'lookup: offline miss');
  });

  test('refresh now: the button says it is refreshing, then when it was done', async ({ page, desk, portal }) => {
    await desk.open('lookup');
    const button = page.getByTestId('refresh-now');
    await expect(button).toHaveText('Cập nhật ngay (F5)');
    // A slow portal keeps the refresh running long enough to look at it.
    portal?.faults.set({ latencyMs: 1500 });
    await button.click();
    await expect(button).toHaveAttribute('data-state', 'refreshing');
    await expect(button).toHaveText('Đang cập nhật…');
    await expectNoAxeViolations(page, 'refresh now: in progress');
    portal?.faults.clear();
    await expect(button).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
    await expect(page.getByTestId('refresh-result')).toHaveText(/^Đã cập nhật lúc \d\d:\d\d$/);
    await expectNoAxeViolations(page, 'refresh now: done');
  });

  test("the results and the dossier show the applicant's VNeID state by its one name, linking to the guidance", async ({ page, desk }) => {
    const citizens = new Map(cachedCitizens(desk).map((c) => [c.citizen.idNumber, c]));
    const dossier = cachedDossiers(desk).find((d) => d.applicant.idNumber !== null && citizens.has(d.applicant.idNumber));
    const owner = dossier?.applicant.idNumber ? citizens.get(dossier.applicant.idNumber) : undefined;
    if (!dossier || !owner) throw new Error('no cached dossier of a cached applicant');
    await desk.open('lookup');
    await searchBox(page).fill(owner.citizen.idNumber);
    const chip = page.getByRole('option', { name: new RegExp(dossier.code) }).locator('[data-linkage]');
    await expect(chip).toBeVisible();
    const state = (await chip.getAttribute('data-linkage')) as keyof typeof LINKAGE_STATE_NAMES;
    await expect(chip).toHaveAttribute('title', LINKAGE_STATE_NAMES[state].vi);
    await expectNoAxeViolations(page, 'lookup: results with VNeID states');

    await desk.open(`dossier/${encodeURIComponent(dossier.code)}`);
    const link = page.getByTestId('dossier-linkage');
    await expect(link).toContainText(LINKAGE_STATE_NAMES[state].vi);
    await expectNoAxeViolations(page, 'dossier: VNeID state');
    await link.click();
    await expect(page.getByTestId('linkage-title')).toContainText(LINKAGE_STATE_NAMES[state].vi);
  });
});
