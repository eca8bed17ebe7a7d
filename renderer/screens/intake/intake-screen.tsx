import { useCallback, useState, type FormEvent } from 'react';
import { Button, Checkbox, Form, Label, NumberField, Group, Input, FieldError, Radio, RadioGroup } from 'react-aria-components';
import type { Intake } from '../../../shared/contract';
import type { RecordResult } from '../../../shared/contract/actions';
import { formatDisplayDate, officeDate } from '../../../shared/domain/office-time';
import { FailureMessage } from '../../components/actions/action-form';
import { readCallFailure } from '../../components/actions/call-failure';
import { Field } from '../../components/actions/field';
import { useLocalized } from '../../components/lookup/use-localized';
import { ScreenHeading } from '../../components/screen-heading';
import { hrefFor, useRouteParams } from '../../app/router';
import { useActionsT } from '../../i18n/actions-t';
import { ReceiptSlipDialog, receiptFromIntake } from '../../print/receipt-slip';
import { ApplicantSearch } from './applicant-search';
import { DocumentChecklist } from './document-checklist';
import { AssistedFilingPanel } from './assisted-filing-panel';
import { DocumentsEditor } from './documents-editor';
import { appointmentDate, buildIntake, emptyIntake, type IntakeField, type IntakeIssue, type IntakeValues } from './intake-values';
import { procedureByCode } from '../../../shared/domain/procedures';
import { CompetentUnitPicker } from './competent-unit-picker';
import { ProcedurePicker } from './procedure-picker';
import { useOfficialCode } from './use-official-code';
import { correctionSeqOf, useIntakeSubmit } from './use-intake-submit';
import '../../components/actions/actions.css';
import '../queue/queue.css';
import './intake.css';
import { formatNumberVi } from '../../../shared/domain/number-format';

const KINDS = ['citizen', 'foreigner', 'organisation'] as const;

/** Receives a new dossier at the counter; offline it gets a provisional TMP-… code. */
export function IntakeScreen() {
  const { t } = useActionsT();
  const [values, setValues] = useState<IntakeValues>(emptyIntake);
  const [missing, setMissing] = useState<readonly IntakeField[]>([]);
  const [issues, setIssues] = useState<readonly IntakeIssue[]>([]);
  const localized = useLocalized();
  const [submitted, setSubmitted] = useState<Intake | null>(null);
  const correctionSeq = correctionSeqOf(useRouteParams());
  const fill = useCallback((filled: IntakeValues) => setValues(filled), []);
  const { draft, active: intake, submit: send } = useIntakeSubmit(correctionSeq, fill);
  const set = <K extends keyof IntakeValues>(key: K, value: IntakeValues[K]) => setValues((old) => ({ ...old, [key]: value }));
  const err = (field: IntakeField): string | undefined => (missing.includes(field) ? t('form.required') : undefined);
  const issue = (field: IntakeIssue['field']): string | undefined => {
    const found = issues.find((i) => i.field === field);
    return found ? localized(found.message) : undefined;
  };
  const procedure = procedureByCode(values.procedureCode);
  const today = officeDate(new Date());

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const built = buildIntake(values, today);
    if ('missing' in built) {
      setMissing(built.missing);
      setIssues(built.issues);
      return;
    }
    setMissing([]);
    setIssues([]);
    setSubmitted(built.intake);
    send(built.intake);
  };

  if (intake.isSuccess && submitted) {
    return (
      <IntakeDone
        intake={submitted}
        result={intake.data}
        receivedAt={new Date(intake.submittedAt).toISOString()}
        corrected={correctionSeq !== null}
        onAnother={() => {
          intake.reset();
          setValues(emptyIntake);
          if (correctionSeq !== null) window.location.hash = hrefFor('intake');
        }}
      />
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
      {correctionSeq !== null && (
        <p className="intake__correcting" data-testid="intake-correcting">
          {draft.data ? t('intake.correcting', { code: draft.data.dossierCode, seq: correctionSeq }) : t('intake.loadingDraft')}
        </p>
      )}
      {draft.isError && <FailureMessage failure={readCallFailure(draft.error)} />}
      <h2>{t('intake.applicant')}</h2>
      <ApplicantSearch
        onPick={(person) =>
          setValues((old) => ({
            ...old, name: person.name, kind: person.kind, idNumber: person.idNumber ?? old.idNumber, phone: person.phone ?? old.phone, address: person.address ?? old.address,
            birthDate: person.birthDate ? formatDisplayDate(person.birthDate) : old.birthDate,
          }))
        }
      />
      <Form className="intake__form" onSubmit={submit} validationBehavior="aria" aria-label={t('intake.title')}>
        <RadioGroup className="radio-group radio-group--row" value={values.kind} onChange={(v) => set('kind', KINDS.find((k) => k === v) ?? 'citizen')}>
          <Label className="field__label">{t('intake.kind')}</Label>
          <Radio value="citizen" className="radio">{t('intake.kindCitizen')}</Radio>
          <Radio value="foreigner" className="radio">{t('intake.kindForeigner')}</Radio>
          <Radio value="organisation" className="radio">{t('intake.kindOrganisation')}</Radio>
        </RadioGroup>
        <div className="intake__grid">
          <Field label={t('intake.name')} value={values.name} onChange={(v) => set('name', v)} error={err('name')} isRequired />
          <Field label={t('intake.idNumber')} value={values.idNumber} onChange={(v) => set('idNumber', v)} error={issue('idNumber')} />
          <Field label={t('intake.phone')} value={values.phone} onChange={(v) => set('phone', v)} type="tel" error={issue('phone')} />
          <Field label={t('intake.email')} value={values.email} onChange={(v) => set('email', v)} type="email" />
          {values.kind !== 'organisation' && (
            <Field label={t('intake.birthDate')} value={values.birthDate} onChange={(v) => set('birthDate', v)} error={issue('birthDate')} />
          )}
        </div>
        <Field label={t('intake.address')} value={values.address} onChange={(v) => set('address', v)} error={err('address')} isRequired />
        <ProcedurePicker value={values.procedureCode} onChange={(code) => setValues((old) => ({ ...old, procedureCode: code, competentUnitCode: '', checked: [] }))} error={err('procedureCode')} />
        <CompetentUnitPicker procedureCode={values.procedureCode} value={values.competentUnitCode} onChange={(code) => set('competentUnitCode', code)} />
        {procedure && (
          <p className="intake__appointment" data-testid="appointment">
            {t('intake.appointment')}: <strong>{formatDisplayDate(appointmentDate(procedure, today))}</strong> ({t('intake.workingDays', { count: procedure.workingDays })}) ·{' '}
            {t('intake.fee')}: {formatNumberVi(procedure.feeVnd)} đ
          </p>
        )}
        <Field label={t('intake.summary')} value={values.summary} onChange={(v) => set('summary', v)} error={err('summary')} multiline isRequired />
        <DocumentChecklist procedureCode={values.procedureCode} checked={values.checked} onChange={(ids) => set('checked', ids)} />
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
            {intake.isPending ? t('form.saving') : correctionSeq !== null ? t('intake.resend') : t('intake.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}

/** The confirmation: the official code once the portal gave it, or a plainly provisional one. */
function IntakeDone({ intake, result, receivedAt, corrected, onAnother }: {
  readonly intake: Intake; readonly result: RecordResult; readonly receivedAt: string; readonly corrected: boolean; readonly onAnother: () => void;
}) {
  const { t } = useActionsT();
  const [printing, setPrinting] = useState(false);
  const { code, phase } = useOfficialCode(result.seq, result.dossierCode);
  return (
    <section className="screen intake" aria-labelledby="screen-title">
      <ScreenHeading>{t('intake.title')}</ScreenHeading>
      <div role="status" className="intake__done" data-testid="intake-done" data-phase={phase}>
        <p className="intake__code">{t('intake.received', { code })}</p>
        {corrected && <p data-testid="intake-resent">{t('intake.resent', { code, seq: result.seq })}</p>}
        {phase === 'official' && <p>{t('intake.delivered')}</p>}
        {phase === 'waiting' && <p>{t('intake.waitingCode')}</p>}
        {phase === 'provisional' && (
          <>
            <p>{t('panel.saved')}</p>
            <p>{t('intake.provisional')}</p>
          </>
        )}
      </div>
      <div className="action-form__buttons">
        <Button className="button" onPress={() => setPrinting(true)} isDisabled={phase === 'waiting'}>
          {t('panel.printReceipt')}
        </Button>
        <Button className="button button--secondary" onPress={onAnother}>
          {t('intake.another')}
        </Button>
      </div>
      {printing && <ReceiptSlipDialog receipt={receiptFromIntake(intake, { ...result, dossierCode: code }, receivedAt)} onClose={() => setPrinting(false)} />}
    </section>
  );
}
