import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Form, Label, NumberField, Group, Input, FieldError, Radio, RadioGroup } from 'react-aria-components';
import type { Intake } from '../../../shared/contract';
import { formatDisplayDate, officeDate } from '../../../shared/domain/office-time';
import { FailureMessage } from '../../components/actions/action-form';
import { readCallFailure } from '../../components/actions/call-failure';
import { Field } from '../../components/actions/field';
import { ScreenHeading } from '../../components/screen-heading';
import { useDeskMutation } from '../../desk/hooks';
import { useActionsT } from '../../i18n/actions-t';
import { ReceiptSlipDialog } from '../../print/receipt-slip';
import { ApplicantSearch } from './applicant-search';
import { AssistedFilingPanel } from './assisted-filing-panel';
import { DocumentsEditor } from './documents-editor';
import { appointmentDate, buildIntake, emptyIntake, procedureByCode, type IntakeField, type IntakeValues } from './intake-values';
import { ProcedurePicker } from './procedure-picker';
import '../../components/actions/actions.css';
import '../queue/queue.css';
import './intake.css';

const KINDS = ['citizen', 'foreigner', 'organisation'] as const;

/** Receives a new dossier at the counter; offline it gets a provisional TMP-… code. */
export function IntakeScreen() {
  const { t } = useActionsT();
  const [values, setValues] = useState<IntakeValues>(emptyIntake);
  const [missing, setMissing] = useState<readonly IntakeField[]>([]);
  const [submitted, setSubmitted] = useState<Intake | null>(null);
  const intake = useDeskMutation('action.intake');
  const [printing, setPrinting] = useState(false);
  const set = <K extends keyof IntakeValues>(key: K, value: IntakeValues[K]) => setValues((old) => ({ ...old, [key]: value }));
  const err = (field: IntakeField): string | undefined => (missing.includes(field) ? t('form.required') : undefined);
  const procedure = procedureByCode(values.procedureCode);
  const today = officeDate(new Date());

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const built = buildIntake(values);
    if ('missing' in built) {
      setMissing(built.missing);
      return;
    }
    setMissing([]);
    setSubmitted(built.intake);
    intake.mutate(built.intake);
  };

  if (intake.isSuccess && submitted) {
    const code = intake.data.dossierCode;
    return (
      <section className="screen intake" aria-labelledby="screen-title">
        <ScreenHeading>{t('intake.title')}</ScreenHeading>
        <div role="status" className="intake__done" data-testid="intake-done">
          <p className="intake__code">{t('intake.received', { code })}</p>
          <p>{t('panel.saved')}</p>
          {code.startsWith('TMP-') && <p>{t('intake.provisional')}</p>}
        </div>
        <div className="action-form__buttons">
          <Button className="button" onPress={() => setPrinting(true)}>
            {t('panel.printReceipt')}
          </Button>
          <Button
            className="button button--secondary"
            onPress={() => {
              intake.reset();
              setValues(emptyIntake);
            }}
          >
            {t('intake.another')}
          </Button>
        </div>
        {printing && <ReceiptSlipDialog intake={submitted} result={intake.data} onClose={() => setPrinting(false)} />}
      </section>
    );
  }

  const failure = intake.isError ? readCallFailure(intake.error) : null;
  if (failure?.onlineOnlyFrom && procedure) {
    return (
      <section className="screen intake" aria-labelledby="screen-title">
        <ScreenHeading>{t('intake.title')}</ScreenHeading>
        <AssistedFilingPanel reason={failure.message} procedure={procedure} applicantName={values.name} identifier={values.idNumber.trim()} onBack={() => intake.reset()} />
      </section>
    );
  }

  return (
    <section className="screen intake" aria-labelledby="screen-title">
      <ScreenHeading>{t('intake.title')}</ScreenHeading>
      <h2>{t('intake.applicant')}</h2>
      <ApplicantSearch onPick={(person) => setValues((old) => ({ ...old, name: person.name, kind: person.kind }))} />
      <Form className="intake__form" onSubmit={submit} validationBehavior="aria" aria-label={t('intake.title')}>
        <RadioGroup className="radio-group radio-group--row" value={values.kind} onChange={(v) => set('kind', KINDS.find((k) => k === v) ?? 'citizen')}>
          <Label className="field__label">{t('intake.kind')}</Label>
          <Radio value="citizen" className="radio">{t('intake.kindCitizen')}</Radio>
          <Radio value="foreigner" className="radio">{t('intake.kindForeigner')}</Radio>
          <Radio value="organisation" className="radio">{t('intake.kindOrganisation')}</Radio>
        </RadioGroup>
        <div className="intake__grid">
          <Field label={t('intake.name')} value={values.name} onChange={(v) => set('name', v)} error={err('name')} isRequired />
          <Field label={t('intake.idNumber')} value={values.idNumber} onChange={(v) => set('idNumber', v)} />
          <Field label={t('intake.phone')} value={values.phone} onChange={(v) => set('phone', v)} type="tel" />
          <Field label={t('intake.email')} value={values.email} onChange={(v) => set('email', v)} type="email" />
        </div>
        <Field label={t('intake.address')} value={values.address} onChange={(v) => set('address', v)} error={err('address')} isRequired />
        <ProcedurePicker value={values.procedureCode} onChange={(code) => set('procedureCode', code)} error={err('procedureCode')} />
        {procedure && (
          <p className="intake__appointment" data-testid="appointment">
            {t('intake.appointment')}: <strong>{formatDisplayDate(appointmentDate(procedure, today))}</strong> ({t('intake.workingDays', { count: procedure.workingDays })}) ·{' '}
            {t('intake.fee')}: {procedure.feeVnd.toLocaleString('vi-VN')} đ
          </p>
        )}
        <Field label={t('intake.summary')} value={values.summary} onChange={(v) => set('summary', v)} error={err('summary')} multiline isRequired />
        <DocumentsEditor documents={values.documents} onChange={(docs) => set('documents', docs)} error={err('documents')} />
        <NumberField className="field" value={values.sets} onChange={(n) => set('sets', Number.isNaN(n) ? 0 : n)} minValue={1} maxValue={99} isInvalid={Boolean(err('sets'))} validationBehavior="aria">
          <Label className="field__label">{t('intake.sets')}</Label>
          <Group>
            <Input className="field__input intake__sets" />
          </Group>
          <FieldError className="field__error">{err('sets')}</FieldError>
        </NumberField>
        <Checkbox className="checkbox" isSelected={values.vneidVerified} onChange={(v) => set('vneidVerified', v)}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('intake.vneidVerified')}
        </Checkbox>
        <Field label={t('form.note')} value={values.note} onChange={(v) => set('note', v)} multiline />
        {failure && <FailureMessage failure={failure} />}
        <div className="action-form__buttons">
          <Button type="submit" className="button" isDisabled={intake.isPending}>
            {intake.isPending ? t('form.saving') : t('intake.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
