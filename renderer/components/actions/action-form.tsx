import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import type { CounterAction } from '../../../shared/contract';
import type { CounterActionKind } from '../../../shared/domain/dossier-status';
import { useActionsT, type ActionsKey } from '../../i18n/actions-t';
import { buildAction, emptyValues, fieldOfIssueKey, FIELDS, VNEID_STATES, type ActionField, type ActionValues } from './action-values';
import type { CallFailure } from './call-failure';
import { Field } from './field';

interface ActionFormProps {
  readonly kind: CounterActionKind;
  readonly initial?: ActionValues;
  readonly submitLabel?: string;
  readonly pending: boolean;
  /** The last failed submit: its issues mark fields, its message shows above the buttons. */
  readonly failure: CallFailure | null;
  readonly onSubmit: (action: CounterAction) => void;
  readonly onCancel: () => void;
}

const LABELS: Readonly<Record<ActionField, ActionsKey>> = {
  note: 'form.note',
  reason: 'form.reason',
  missingDocuments: 'form.missingDocuments',
  toUnit: 'form.toUnit',
  text: 'form.text',
};

/** One counter action's fields; required ones checked here before the core sees them. */
export function ActionForm({ kind, initial, submitLabel, pending, failure, onSubmit, onCancel }: ActionFormProps) {
  const { t, language } = useActionsT();
  const [values, setValues] = useState<ActionValues>(initial ?? emptyValues);
  const [missing, setMissing] = useState<readonly ActionField[]>([]);
  const fields = [...FIELDS[kind].required, ...FIELDS[kind].optional];
  const serverErrors = new Map<ActionField, string>();
  for (const issue of failure?.issues ?? []) {
    const field = fieldOfIssueKey(issue.key);
    if (field) serverErrors.set(field, issue.message[language]);
  }
  const errorOf = (field: ActionField): string | undefined => (missing.includes(field) ? t('form.required') : serverErrors.get(field));
  const set = <K extends keyof ActionValues>(key: K, value: ActionValues[K]) => setValues((old) => ({ ...old, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const built = buildAction(kind, values);
    if ('missing' in built) {
      setMissing(built.missing);
      return;
    }
    setMissing([]);
    onSubmit(built.action);
  };

  return (
    <Form className="action-form" onSubmit={submit} validationBehavior="aria">
      {fields.map((field, index) => (
        <Field
          key={field}
          label={t(LABELS[field])}
          value={values[field]}
          onChange={(value) => set(field, value)}
          error={errorOf(field)}
          multiline={field !== 'toUnit'}
          isRequired={FIELDS[kind].required.includes(field)}
          autoFocus={index === 0}
        />
      ))}
      {kind === 'vneid_guidance' && (
        <>
          <RadioGroup className="radio-group" value={values.state} onChange={(value) => set('state', VNEID_STATES.find((s) => s === value) ?? 'no_account')}>
            <Label className="field__label">{t('form.vneidState')}</Label>
            {VNEID_STATES.map((state) => (
              <Radio key={state} value={state} className="radio">
                {t(`vneid.${state}`)}
              </Radio>
            ))}
          </RadioGroup>
          <Checkbox className="checkbox" isSelected={values.slipPrinted} onChange={(selected) => set('slipPrinted', selected)}>
            <span className="checkbox__box" aria-hidden="true" />
            {t('form.slipPrinted')}
          </Checkbox>
        </>
      )}
      {failure && <FailureMessage failure={failure} />}
      <div className="action-form__buttons">
        <Button type="submit" className="button" isDisabled={pending}>
          {pending ? t('form.saving') : (submitLabel ?? t('form.submit'))}
        </Button>
        <Button className="button button--secondary" onPress={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </Form>
  );
}

/** "Chưa lưu được." plus the core's own reason (disk full, transition not allowed…). */
export function FailureMessage({ failure }: { readonly failure: CallFailure }) {
  const { t, language } = useActionsT();
  return (
    <div role="alert" className="action-form__failure" data-testid="action-failure">
      <p className="action-form__failure-title">{t('form.notSaved')}</p>
      {failure.message ? <p>{failure.message[language]}</p> : failure.issues.length > 0 ? <p>{t('form.fixFields')}</p> : <p lang="en">{failure.code}</p>}
    </div>
  );
}
