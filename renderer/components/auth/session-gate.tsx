import type { ReactNode } from 'react';
import type { ScreenDefinition } from '../../app/screens';
import { LockScreen } from '../../screens/auth/lock-screen';
import { SignInScreen } from '../../screens/auth/sign-in-screen';
import { SessionProvider as Provider } from './session-provider';
import { useSession } from './session-context';
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

/** The current screen when someone is signed in and unlocked; else the sign-in or lock screen. */
export function SessionGate({ children }: { readonly children: ReactNode }) {
  const { state } = useSession();
  if (!state.session) return <SignInScreen />;
  if (state.locked) return <LockScreen />;
  return <>{children}</>;
}

/** The navigation's screens for the signed-in officer's roles; null while signed out or locked. */
export function useVisibleScreens(screens: readonly ScreenDefinition[]): readonly ScreenDefinition[] | null {
  const { state } = useSession();
  const session = state.locked ? null : state.session;
  if (!session) return null;
  return screens.filter((screen) => !screen.roles || screen.roles.some((role) => session.roles.includes(role)));
}
