import { useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { CallError } from '../../components/call-error';
import { ScreenHeading } from '../../components/screen-heading';
import { useSession } from '../../components/auth/session-context';
import { useSecurityT } from '../../components/auth/use-security-t';
import { useDeskMutation } from '../../desk/hooks';
import { SignInForm } from './sign-in-form';
import { TrainingAccountsHint } from './sign-in-screen';
import '../../components/auth/session.css';

/** Replaces every screen while the session is locked: unlock, or sign in as someone else. */
export function LockScreen() {
  const { t } = useSecurityT();
  const { state, apply } = useSession();
  const [switching, setSwitching] = useState(false);
  const name = state.session?.displayName ?? '';
  return (
    <section className="screen" aria-labelledby="screen-title" data-testid="lock-screen">
      <ScreenHeading>{t('lock.title')}</ScreenHeading>
      <div className="auth-panel">
        <p className="lock__who">{t('lock.who', { name })}</p>
        <p>{t('lock.queueNote')}</p>
        {switching ? (
          <>
            <h2>{t('lock.switchOfficer')}</h2>
            <SignInForm onSignedIn={apply} />
            <Button className="button button--secondary-light" onPress={() => setSwitching(false)}>
              {t('lock.backToUnlock')}
            </Button>
            <TrainingAccountsHint />
          </>
        ) : (
          <UnlockForm onSwitch={() => setSwitching(true)} />
        )}
      </div>
    </section>
  );
}

function UnlockForm({ onSwitch }: { readonly onSwitch: () => void }) {
  const { t } = useSecurityT();
  const { apply } = useSession();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const unlock = useDeskMutation('auth.unlock', {
    onSuccess: apply,
    onSettled: () => setPassword(''),
  });
  const wrong = unlock.error?.code === 'UNAUTHENTICATED';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(password === '');
    if (password === '' || unlock.isPending) return;
    unlock.mutate({ password });
  };
  return (
    <Form validationBehavior="aria" onSubmit={submit} aria-label={t('lock.unlock')}>
      {unlock.isError && !wrong && <CallError error={unlock.error} />}
      <TextField className="auth-field" type="password" value={password} onChange={setPassword} isInvalid={missing || wrong} autoComplete="current-password" autoFocus>
        <Label>{t('signIn.password')}</Label>
        <Input className="auth-field__input" data-testid="unlock-password" />
        <FieldError className="auth-field__error">
          {missing ? t('signIn.required', { field: t('signIn.password').toLowerCase() }) : <span role="alert">{t('lock.wrong')}</span>}
        </FieldError>
      </TextField>
      <div className="auth-actions">
        <Button type="submit" className="button" isDisabled={unlock.isPending}>
          {unlock.isPending ? t('lock.unlocking') : t('lock.unlock')}
        </Button>
        <Button className="button button--secondary-light" onPress={onSwitch}>
          {t('lock.switchOfficer')}
        </Button>
      </div>
    </Form>
  );
}
