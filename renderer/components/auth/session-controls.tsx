import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useDeskMutation } from '../../desk/hooks';
import { useSyncStatus } from '../status-bar/use-sync-status';
import { SignOutConfirm } from './sign-out-confirm';
import { useSession } from './session-context';
import { useSecurityT } from './use-security-t';
import './session.css';

/** Header: who is signed in, Lock and Sign out. Nothing while signed out or locked. */
export function SessionControls() {
  const { t } = useSecurityT();
  const { state, apply } = useSession();
  const queryClient = useQueryClient();
  const sync = useSyncStatus();
  const [confirming, setConfirming] = useState(false);
  const lock = useDeskMutation('auth.lock', { onSuccess: apply });
  const signOut = useDeskMutation('auth.signOut', {
    onSuccess: (next) => {
      // The pushed event clears the cache too; do it here as well so nothing survives a missed event.
      queryClient.clear();
      apply(next);
    },
  });
  if (!state.session || state.locked) return null;
  // Waiting or in conflict/rejected: this PC still owes the portal something.
  const owed = (sync?.waiting ?? 0) + (sync?.conflicts ?? 0) + (sync?.rejected ?? 0);
  const requestSignOut = () => (owed > 0 ? setConfirming(true) : signOut.mutate({}));
  return (
    <div className="session-controls" role="group" aria-label={t('session.label')}>
      <span className="session-controls__who" data-testid="session-officer">
        {t('session.signedInAs', { name: state.session.displayName })}
      </span>
      <Button className="button button--header" onPress={() => lock.mutate({})} isDisabled={lock.isPending}>
        {t('session.lock')}
      </Button>
      <Button className="button button--header" onPress={requestSignOut} isDisabled={signOut.isPending}>
        {signOut.isPending ? t('session.signingOut') : t('session.signOut')}
      </Button>
      {confirming && (
        <SignOutConfirm
          waiting={owed}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            signOut.mutate({});
          }}
        />
      )}
    </div>
  );
}

/** After an offline sign-in: says plainly that actions wait for the portal. */
export function OfflineSignInNote() {
  const { t } = useSecurityT();
  const { state } = useSession();
  if (!state.session || state.locked || state.verifiedBy !== 'offline') return null;
  return (
    <p className="offline-note" data-testid="offline-sign-in-note">
      {t('session.offlineNote')}
    </p>
  );
}
