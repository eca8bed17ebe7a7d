import type { SessionState } from '../../../shared/contract/auth';
import { navigate } from '../../app/router';
import { ScreenHeading } from '../../components/screen-heading';
import { useSession } from '../../components/auth/session-context';
import { useSecurityT } from '../../components/auth/use-security-t';
import { useDeskQuery } from '../../desk/hooks';
import { SignInForm } from './sign-in-form';

/** The shared password of the simulator's training accounts (portal-sim/README.md). */
const TRAINING_PASSWORD = 'taphuan@2024';

/** Shown instead of the app while nobody is signed in. */
export function SignInScreen() {
  const { t } = useSecurityT();
  const { apply } = useSession();
  // A supervisor signs in to see the unit's work: they land on the report.
  const signedIn = (state: SessionState) => {
    apply(state);
    if (state.session?.roles.includes('supervisor')) navigate('supervisor');
  };
  return (
    <section className="screen" aria-labelledby="screen-title">
      <ScreenHeading>{t('signIn.title')}</ScreenHeading>
      <div className="auth-panel">
        <p>{t('signIn.intro')}</p>
        <SignInForm onSignedIn={signedIn} />
        <TrainingAccountsHint />
      </div>
    </section>
  );
}

/** In training mode only: which simulated accounts exist and their password. */
export function TrainingAccountsHint() {
  const { t } = useSecurityT();
  const info = useDeskQuery('app.info', {});
  if (info.data?.mode !== 'training') return null;
  return (
    <aside className="auth-hint" aria-labelledby="training-accounts-title" data-testid="training-accounts">
      <p id="training-accounts-title" className="auth-hint__title">
        {t('signIn.trainingTitle')}
      </p>
      <p>{t('signIn.trainingAccounts')}</p>
      <p>{t('signIn.trainingPassword', { password: TRAINING_PASSWORD })}</p>
    </aside>
  );
}
