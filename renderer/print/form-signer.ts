import { useContext } from 'react';
import { vi } from '../i18n/vi';
import { SessionContext } from '../components/auth/session-context';

/**
 * The unit a printed form names: the one source of the centre's name (today the app's
 * own Vietnamese tagline; a configured centre name replaces it here, and only here).
 */
export function printedUnitName(): string {
  return vi.app.tagline;
}

/** The officer who signs: the signed-in officer's name, or an officer id from the dossier's history. */
export function usePrintSigner(actedBy?: string | null): string {
  const session = useContext(SessionContext)?.state.session ?? null;
  if (!actedBy) return session?.displayName ?? '';
  return session && session.officerId === actedBy ? session.displayName : actedBy;
}
