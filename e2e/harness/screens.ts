import { expect, type Page } from '@playwright/test';

/** Picks a language the way an officer does: clicking its (visible) option, then waits for the choice to take. */
export async function chooseLanguage(page: Page, name: 'English' | 'Tiếng Việt'): Promise<void> {
  await page.locator('label').filter({ hasText: name }).click();
  await expect(page.getByRole('radio', { name })).toBeChecked();
}

export interface AppScreen {
  /** The route: "#/<route>". */
  readonly route: string;
  /** The screen's h1 in each language, to know it has rendered. */
  readonly heading: { readonly vi: string; readonly en: string };
}

/** Every screen of the frame, in navigation order. A feature issue adds or updates its entry. */
export const appScreens: readonly AppScreen[] = [
  { route: 'lookup', heading: { vi: 'Tra cứu hồ sơ', en: 'Dossier lookup' } },
  { route: 'queue', heading: { vi: 'Hàng đợi gửi lên Cổng', en: 'Queue to the portal' } },
  { route: 'supervisor', heading: { vi: 'Giám sát', en: 'Supervisor' } },
  { route: 'settings', heading: { vi: 'Cài đặt', en: 'Settings' } },
];

export const languages = ['vi', 'en'] as const;
