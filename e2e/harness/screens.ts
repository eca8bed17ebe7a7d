import { expect, type Page } from '@playwright/test';
import type { Core } from '../../electron/core/core';

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
  /** Screenshot name when the route alone is not unique (sign-in, lock). */
  readonly name?: string;
  /** Puts the core in the state this screen needs (signed in as someone, locked, signed out) before opening. */
  readonly prepare?: (core: Core) => Promise<void>;
}

const TRAINING_PASSWORD = 'taphuan@2024';
const trusted = { trusted: true } as const;
const started = new WeakSet<Core>();
/** Sign-in asks the portal: connect the core to the training simulator once. */
const signInAs = (officerId: string) => async (core: Core) => {
  if (!started.has(core)) {
    started.add(core);
    await core.start();
  }
  await core.dispatch('auth.signIn', { officerId, password: TRAINING_PASSWORD }, trusted);
};

/** Every screen of the frame, in navigation order. A feature issue adds or updates its entry. */
export const appScreens: readonly AppScreen[] = [
  { route: 'lookup', heading: { vi: 'Tra cứu hồ sơ', en: 'Dossier lookup' } },
  { route: 'intake', heading: { vi: 'Tiếp nhận hồ sơ mới', en: 'New dossier intake' } },
  { route: 'queue', heading: { vi: 'Hàng đợi gửi lên Cổng', en: 'Queue to the portal' } },
  { route: 'supervisor', heading: { vi: 'Giám sát', en: 'Supervisor' } },
  { route: 'settings', heading: { vi: 'Cài đặt', en: 'Settings' } },
  // Issue 6: the supervisor report as a supervisor, then the lock and sign-in screens (last: they change the session).
  { route: 'supervisor', name: 'supervisor-report', heading: { vi: 'Giám sát', en: 'Supervisor' }, prepare: signInAs('giamsat01') },
  {
    route: 'lookup',
    name: 'lock',
    heading: { vi: 'Màn hình đã khóa', en: 'Screen locked' },
    prepare: async (core) => {
      await signInAs('canbo01')(core);
      await core.dispatch('auth.lock', {}, trusted);
    },
  },
  {
    route: 'lookup',
    name: 'sign-in',
    heading: { vi: 'Đăng nhập', en: 'Sign in' },
    prepare: async (core) => {
      await signInAs('canbo01')(core);
      await core.dispatch('auth.signOut', {}, trusted);
    },
  },
];

export const languages = ['vi', 'en'] as const;

/** A dossier and a citizen from a core that has pulled (test.use({ withPortal: true })). */
export interface LookupSample {
  readonly code: string;
  readonly citizenRef: number;
  readonly citizenName: string;
}

/** The lookup feature's data views, for axe and the screenshots; they need a cache, so a sample. */
export const lookupDataScreens = (sample: LookupSample): ReadonlyArray<AppScreen & { readonly name: string }> => [
  { name: 'dossier', route: `dossier/${encodeURIComponent(sample.code)}`, heading: { vi: `Hồ sơ ${sample.code}`, en: `Dossier ${sample.code}` } },
  {
    name: 'citizen',
    route: `citizen/${sample.citizenRef}`,
    heading: { vi: `Công dân: ${sample.citizenName}`, en: `Citizen: ${sample.citizenName}` },
  },
];
