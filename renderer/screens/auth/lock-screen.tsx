import { useLayoutEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { CallError } from '../../components/call-error';
import { useSession } from '../../components/auth/session-context';
import { useSecurityT } from '../../components/auth/use-security-t';
import { useInertBehind } from '../../components/auth/use-inert-behind';
import { useDeskMutation } from '../../desk/hooks';
import { SignInForm } from './sign-in-form';
import { TrainingAccountsHint } from './sign-in-screen';
import '../../components/auth/session.css';

export const LOCK_SCREEN_SELECTOR = '[data-lock-screen]';

/**
 * Covers the window (all but its footer line, which keeps showing training mode and the
 * queue) while the session is locked: unlock, or sign in as someone else. Rendered on
 * <body> beside the app, which it makes inert; marked as a top layer so a dialog left open
 * underneath neither closes on its clicks nor pulls focus back.
 */
export function LockScreen() {
  const { t } = useSecurityT();
  const { state, apply } = useSession();
  const [switching, setSwitching] = useState(false);
  const name = state.session?.displayName ?? '';
  const cover = useRef<HTMLDivElement>(null);
  useInertBehind(cover);
  useFooterUncovered(cover);
  return createPortal(
    <div ref={cover} className="lock-cover" data-lock-screen="" data-react-aria-top-layer="">
      <main className="lock-cover__main">
        <section className="screen" aria-labelledby="lock-title" data-testid="lock-screen">
          <h1 id="lock-title" className="screen__title">
            {t('lock.title')}
          </h1>
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
      </main>
    </div>,
    document.body,
  );
}

/** Leaves the frame's footer line (training notice, sync status) visible below the cover. */
function useFooterUncovered(cover: RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const footer = document.querySelector<HTMLElement>('.frame__footer');
    const element = cover.current;
    if (element && footer) element.style.setProperty('bottom', `${footer.offsetHeight}px`);
  }, [cover]);
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
