import { useState } from 'react';
import { Button } from 'react-aria-components';
import { HOTLINE, linkageStatus } from '../../../shared/domain/linkage';
import { onlineFilingReadiness, type OnlineFilingReadiness } from '../../../shared/domain/online-filing';
import type { Procedure } from '../../../shared/domain/procedures';
import { formatDisplayDateTime } from '../../../shared/domain/office-time';
import { readCallFailure } from '../../components/actions/call-failure';
import { CallError } from '../../components/call-error';
import { useDeskMutation, useDeskQuery } from '../../desk/hooks';
import { useActionsT } from '../../i18n/actions-t';
import { OnlineFilingSlip } from './online-filing-slip';

interface Props {
  /** Why the paper intake was refused, from the core. */
  readonly reason: { readonly vi: string; readonly en: string } | null;
  readonly procedure: Procedure;
  readonly applicantName: string;
  /** ID, passport number or tax code as typed; empty when none. */
  readonly identifier: string;
  readonly onBack: () => void;
}

/**
 * A paper intake of an online-only procedure (Directive 24) was refused: say why, and
 * whether this applicant can file online now (VNeID level 2, from their linkage state)
 * or what they do first, with a printable slip of the steps.
 */
export function AssistedFilingPanel({ reason, procedure, applicantName, identifier, onBack }: Props) {
  const { t, language } = useActionsT();
  const found = useDeskQuery('citizen.find', { identifier }, { enabled: identifier !== '', retry: false });
  const readiness = found.data
    ? onlineFilingReadiness(linkageStatus(found.data.citizen.linkage, found.data.officeToday), procedure.name, found.data.officeToday)
    : null;
  const [slipPrinted, setSlipPrinted] = useState(false);
  const record = useDeskMutation('action.assistedFiling');
  const recordFailure = record.isError ? readCallFailure(record.error) : null;
  const recordIt = () =>
    record.mutate({
      procedureCode: procedure.code,
      applicantName: found.data?.citizen.fullName ?? applicantName,
      ...(identifier.trim() === '' ? {} : { applicantIdNumber: identifier.trim() }),
      action: { kind: 'assisted_online_filing', readiness: readiness?.canFileNow ? 'filed_now' : 'steps_first', slipPrinted },
    });
  return (
    <section className="panel assisted" aria-labelledby="assisted-title" data-testid="assisted-filing">
      <h2 id="assisted-title">{t('assisted.title')}</h2>
      <div role="alert" className="action-form__failure" data-testid="online-only-refusal">
        <p className="action-form__failure-title">{t('assisted.refused')}</p>
        {reason && <p>{reason[language]}</p>}
      </div>
      <h3>{t('assisted.readiness')}</h3>
      {identifier === '' ? (
        <p>{t('assisted.noIdentifier')}</p>
      ) : found.isPending ? (
        <p role="status">{t('assisted.checking')}</p>
      ) : readiness ? (
        <Readiness readiness={readiness} />
      ) : (
        <p data-testid="assisted-unknown">{t('assisted.notFound')}</p>
      )}
      <p className="assisted__hint">{t('assisted.recordHint')}</p>
      {record.isSuccess && (
        <p role="status" data-testid="assisted-recorded">
          {t('assisted.recorded', { time: formatDisplayDateTime(record.data.at) })}
        </p>
      )}
      {recordFailure?.message ? (
        <p role="alert" className="action-form__failure">{recordFailure.message[language]}</p>
      ) : (
        record.isError && <CallError error={record.error} />
      )}
      <div className="action-form__buttons">
        {readiness && (
          <Button
            className="button"
            onPress={() => {
              setSlipPrinted(true);
              window.print();
            }}
          >
            {t('assisted.print')}
          </Button>
        )}
        <Button className="button" onPress={recordIt} isDisabled={record.isPending || record.isSuccess}>
          {t('assisted.record')}
        </Button>
        <Button className="button button--secondary" onPress={onBack}>
          {t('assisted.back')}
        </Button>
      </div>
      {readiness && <OnlineFilingSlip name={found.data?.citizen.fullName ?? applicantName} lines={readiness.slipLines} />}
    </section>
  );
}

function Readiness({ readiness }: { readonly readiness: OnlineFilingReadiness }) {
  const { t, language } = useActionsT();
  return (
    <div data-testid="assisted-readiness" data-can-file={readiness.canFileNow}>
      <p className="assisted__verdict">{readiness.canFileNow ? t('assisted.canFileNow') : t('assisted.stepsFirst')}</p>
      <ol className="assisted__steps" aria-label={t('assisted.steps')}>
        {readiness.steps.map((step) => (
          <li key={step.vi}>{step[language]}</li>
        ))}
      </ol>
      {readiness.showHotline && <p className="assisted__hotline">{t('assisted.hotline', { hotline: HOTLINE })}</p>}
    </div>
  );
}
