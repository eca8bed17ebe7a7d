import { Fragment, type ReactNode } from 'react';
import type { ScreenDefinition } from '../../app/screens';
import { LOCK_SCREEN_SELECTOR, LockScreen } from '../../screens/auth/lock-screen';
import { SignInScreen } from '../../screens/auth/sign-in-screen';
import { SessionProvider as Provider } from './session-provider';
import { useSession } from './session-context';
import { useFocusReturn } from './use-focus-return';
import { useSecurityT } from './use-security-t';

/** The session state for the frame; shows a short "checking" line until auth.session answers. */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  return <Provider loading={<SessionChecking />}>{children}</Provider>;
}

function SessionChecking() {
  const { t } = useSecurityT();
  return (
    <main className="starting">
      <p role="status">{t('session.checking')}</p>
    </main>
  );
}

/**
 * The current screen while someone is signed in; the sign-in screen otherwise. A lock covers
 * the screen instead of replacing it, so a half-typed form or an open dialog is still there
 * after the officer unlocks. Keyed by officer: another officer signing in from the lock
 * screen starts from fresh screens and never sees the previous officer's drafts.
 */
export function SessionGate({ children }: { readonly children: ReactNode }) {
  const { state } = useSession();
  useFocusReturn(state.locked, LOCK_SCREEN_SELECTOR);
  if (!state.session) return <SignInScreen />;
  return (
    <>
      <Fragment key={state.session.officerId}>{children}</Fragment>
      {state.locked && <LockScreen />}
    </>
  );
}

/** The navigation's screens for the signed-in officer's roles; null while signed out or locked. */
export function useVisibleScreens(screens: readonly ScreenDefinition[]): readonly ScreenDefinition[] | null {
  const { state } = useSession();
  const session = state.locked ? null : state.session;
  if (!session) return null;
  return screens.filter((screen) => !screen.roles || screen.roles.some((role) => session.roles.includes(role)));
}
