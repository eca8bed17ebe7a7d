import { useId, useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import type { SessionState } from '../../../shared/contract/auth';
import { CallError } from '../../components/call-error';
import { signInProblem, type SignInProblem } from '../../components/auth/sign-in-error';
import { useCountdown, type Wait } from '../../components/auth/use-countdown';
import { useSecurityT, type SecurityT } from '../../components/auth/use-security-t';
import { useDeskMutation } from '../../desk/hooks';
import '../../components/auth/session.css';
import { isBlank } from '../../../shared/domain/blank';

interface SignInFormProps {
  readonly onSignedIn: (state: SessionState) => void;
  /** Focus the officer ID on mount (the sign-in screen); the lock screen's switch does too. */
  readonly autoFocus?: boolean;
}

/** Officer ID + password → auth.signIn; explains wrong password, throttling and offline sign-in. */
export function SignInForm({ onSignedIn, autoFocus = true }: SignInFormProps) {
  const { t } = useSecurityT();
  const [officerId, setOfficerId] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ officerId: boolean; password: boolean }>({ officerId: false, password: false });
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [wait, setWait] = useState<Wait | null>(null);
  const secondsLeft = useCountdown(wait);
  const problemId = useId();
  const signIn = useDeskMutation('auth.signIn', {
    onSuccess: (state) => {
      setProblem(null);
      setPassword('');
      onSignedIn(state);
    },
    onError: (error) => {
      const next = signInProblem(error);
      setProblem(next);
      setWait(next.kind === 'wrong' || next.kind === 'throttled' ? { seconds: next.retryAfterSeconds, startedAt: Date.now() } : null);
      setPassword('');
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const gaps = { officerId: isBlank(officerId), password: password === '' };
    setMissing(gaps);
    if (gaps.officerId || gaps.password || signIn.isPending) return;
    signIn.mutate({ officerId: officerId.trim(), password });
  };

  const wrong = problem?.kind === 'wrong' ? wrongMessage(t, problem, secondsLeft) : null;
  const formProblem = problem && problem.kind !== 'wrong' ? problem : null;
  return (
    <Form className="sign-in-form" validationBehavior="aria" onSubmit={submit} aria-label={t('signIn.formLabel')} aria-describedby={formProblem ? problemId : undefined}>
      {formProblem && <FormProblem id={problemId} problem={formProblem} secondsLeft={secondsLeft} />}
      <TextField
        className="auth-field"
        name="officerId"
        value={officerId}
        onChange={setOfficerId}
        isInvalid={missing.officerId}
        autoComplete="username"
        // The sign-in screen exists to take this input; focusing it saves a Tab at the counter.
        autoFocus={autoFocus}
      >
        <Label>{t('signIn.officerId')}</Label>
        <Input className="auth-field__input" data-testid="sign-in-officer" />
        <FieldError className="auth-field__error">{t('signIn.required', { field: t('signIn.officerId').toLowerCase() })}</FieldError>
      </TextField>
      <TextField
        className="auth-field"
        name="password"
        type="password"
        value={password}
        onChange={setPassword}
        isInvalid={missing.password || wrong !== null}
        autoComplete="current-password"
      >
        <Label>{t('signIn.password')}</Label>
        <Input className="auth-field__input" data-testid="sign-in-password" />
        <FieldError className="auth-field__error">
          {missing.password ? t('signIn.required', { field: t('signIn.password').toLowerCase() }) : <span role="alert">{wrong}</span>}
        </FieldError>
      </TextField>
      <Button type="submit" className="button" isDisabled={signIn.isPending}>
        {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
      </Button>
    </Form>
  );
}

function wrongMessage(t: SecurityT, problem: { failures: number; retryAfterSeconds: number }, secondsLeft: number): string {
  return secondsLeft > 0 ? t('signIn.wrongWait', { failures: problem.failures, seconds: secondsLeft }) : t('signIn.wrong', { failures: problem.failures });
}

function FormProblem({ id, problem, secondsLeft }: { readonly id: string; readonly problem: Exclude<SignInProblem, { kind: 'wrong' }>; readonly secondsLeft: number }) {
  const { t } = useSecurityT();
  if (problem.kind === 'other') return <CallError error={problem.error} />;
  const text =
    problem.kind === 'offline' ? t('signIn.offline') : secondsLeft > 0 ? t('signIn.throttled', { seconds: secondsLeft }) : t('signIn.throttledDone');
  return (
    <p id={id} className="auth-error" role="alert" data-testid="sign-in-problem">
      {text}
    </p>
  );
}
