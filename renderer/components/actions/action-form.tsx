import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { fieldsOf, type ActionField, type CounterAction, type CounterActionKind } from '../../../shared/domain/action-kinds';
import { useActionsT } from '../../i18n/actions-t';
import { buildAction, emptyValues, fieldOfIssueKey, isAsked, type ActionValues } from './action-values';
import type { CallFailure } from './call-failure';
import { Field } from './field';
import { OfficeDateField } from './office-date-field';

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

/** One counter action's fields, as its declaration lists them; required ones checked here before the core sees them. */
export function ActionForm({ kind, initial, submitLabel, pending, failure, onSubmit, onCancel }: ActionFormProps) {
  const { t, language } = useActionsT();
  const [values, setValues] = useState<ActionValues>(initial ?? emptyValues);
  const [missing, setMissing] = useState<readonly string[]>([]);
  const [invalid, setInvalid] = useState<readonly string[]>([]);
  const serverErrors = new Map<string, string>();
  for (const issue of failure?.issues ?? []) {
    const field = fieldOfIssueKey(issue.key);
    if (field) serverErrors.set(field, issue.message[language]);
  }
  const errorOf = (field: string): string | undefined =>
    missing.includes(field) ? t('form.required') : invalid.includes(field) ? t('form.moneyInvalid') : serverErrors.get(field);
  const set = (key: string, value: string | boolean) => setValues((old) => ({ ...old, [key]: value }));
  const text = (key: string): string => {
    const value = values[key];
    return typeof value === 'string' ? value : '';
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const built = buildAction(kind, values);
    if ('missing' in built) {
      setMissing(built.missing);
      setInvalid(built.invalid);
      return;
    }
    setMissing([]);
    setInvalid([]);
    onSubmit(built.action);
  };

  const firstTyped = fieldsOf(kind).find(([, f]) => f.type === 'text' || f.type === 'lines')?.[0];
  const widget = ([name, f]: readonly [string, ActionField]) => {
    const label = f.label[language];
    if (!isAsked(f, values)) return null;
    switch (f.type) {
      case 'money':
        return <Field key={name} label={label} value={text(name)} onChange={(value) => set(name, value)} error={errorOf(name)} isRequired={f.required} inputMode="numeric" />;
      case 'text':
      case 'lines':
        return (
          <Field
            key={name}
            label={label}
            value={text(name)}
            onChange={(value) => set(name, value)}
            error={errorOf(name)}
            multiline={f.type === 'lines' || f.multiline}
            isRequired={f.required}
            autoFocus={name === firstTyped}
          />
        );
      case 'date':
        return (
          <OfficeDateField key={name} label={label} value={text(name)} onChange={(value) => set(name, value)} language={language} error={errorOf(name)} isRequired={f.required} />
        );
      case 'choice':
        return (
          <RadioGroup key={name} className="radio-group" value={text(name)} onChange={(value) => set(name, f.options.find((o) => o === value) ?? f.initial)}>
            <Label className="field__label">{label}</Label>
            {f.options.map((option) => (
              <Radio key={option} value={option} className="radio">
                {f.optionLabels[option]?.[language] ?? option}
              </Radio>
            ))}
          </RadioGroup>
        );
      case 'flag':
        return (
          <Checkbox key={name} className="checkbox" isSelected={values[name] === true} onChange={(selected) => set(name, selected)}>
            <span className="checkbox__box" aria-hidden="true" />
            {label}
          </Checkbox>
        );
    }
  };

  return (
    <Form className="action-form" onSubmit={submit} validationBehavior="aria">
      {fieldsOf(kind).map(widget)}
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
