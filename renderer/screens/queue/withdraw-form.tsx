import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { FailureMessage } from '../../components/actions/action-form';
import type { CallFailure } from '../../components/actions/call-failure';
import { Field } from '../../components/actions/field';
import { useActionsT } from '../../i18n/actions-t';
import { isBlank } from '../../../shared/domain/blank';

interface WithdrawFormProps {
  readonly pending: boolean;
  readonly failure: CallFailure | null;
  readonly onSubmit: (reason: string) => void;
  readonly onCancel: () => void;
}

/** A withdrawal always carries a reason; the action is kept, marked withdrawn. */
export function WithdrawForm({ pending, failure, onSubmit, onCancel }: WithdrawFormProps) {
  const { t } = useActionsT();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBlank(reason)) {
      setMissing(true);
      return;
    }
    onSubmit(reason.trim());
  };
  return (
    <Form className="action-form" onSubmit={submit} validationBehavior="aria" aria-label={t('queue.withdrawTitle')}>
      <Field label={t('queue.withdrawReason')} value={reason} onChange={setReason} error={missing ? t('form.required') : undefined} multiline isRequired autoFocus />
      {failure && <FailureMessage failure={failure} />}
      <div className="action-form__buttons">
        <Button type="submit" className="button" isDisabled={pending}>
          {t('queue.confirmWithdraw')}
        </Button>
        <Button className="button button--secondary" onPress={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </Form>
  );
}
