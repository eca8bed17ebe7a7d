import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../shared/contract/lookup';
import { DOSSIER_STATUS_NAMES } from '../../../shared/domain/dossier-status';
import { formatDisplayDateTime } from '../../../shared/domain/office-time';
import { TimelinessBadge } from '../../components/lookup/timeliness-badge';
import { formatVnd, useLocalized } from '../../components/lookup/use-localized';
import { hrefForParams } from '../../app/router';

/** Label/value pairs as a description list; empty values show a dash. */
export function Facts({ items, testId }: { readonly items: ReadonlyArray<readonly [string, ReactNode]>; readonly testId?: string }) {
  return (
    <dl className="facts" data-testid={testId}>
      {items.map(([label, value]) => (
        <div className="facts__item" key={label}>
          <dt>{label}</dt>
          <dd>{value ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

const when = (iso: string | null): string | null => (iso ? formatDisplayDateTime(iso) : null);

/** A unit by name with its code; old records carry only the code. */
function UnitName({ unit }: { readonly unit: { readonly code: string; readonly name: string } }) {
  if (unit.name === '') return <span className="mono">{unit.code || '—'}</span>;
  return (
    <>
      {unit.name} <span className="mono">({unit.code})</span>
    </>
  );
}

/** Every field of the dossier itself: procedure, unit, dates, fees, status, timeliness. */
export function DossierGeneral({ detail }: { readonly detail: DossierDetail }) {
  const { t } = useTranslation('lookup');
  const localized = useLocalized();
  const d = detail.dossier;
  const { workingDays, feeVnd } = detail.procedure;
  return (
    <section className="panel" aria-labelledby="dossier-general">
      <h2 id="dossier-general">{t('dossier.general')}</h2>
      <Facts
        testId="dossier-general"
        items={[
          [t('dossier.code'), <span className="mono">{d.code}</span>],
          [t('dossier.status'), `${d.status}. ${localized(DOSSIER_STATUS_NAMES[d.status])}`],
          [t('dossier.timeliness'), <TimelinessBadge timeliness={detail.timeliness} />],
          [t('dossier.procedure'), `${d.procedure.name} (${d.procedure.code})`],
          [t('dossier.field'), `${d.field.name} (${d.field.code})`],
          [t('dossier.receivingCentre'), d.receivingCentre ? <UnitName unit={d.receivingCentre} /> : t('dossier.unitNotGiven')],
          [t('dossier.competentUnit'), <UnitName unit={d.competentUnit} />],
          [t('dossier.summary'), d.summary],
          [t('dossier.sets'), String(d.sets)],
          [t('dossier.fee'), formatVnd(d.feeVnd)],
          [t('dossier.procedureFee'), feeVnd === null ? null : formatVnd(feeVnd)],
          [t('dossier.workingDays'), workingDays === null ? null : t('dossier.workingDaysValue', { count: workingDays })],
          [t('dossier.submittedAt'), when(d.submittedAt)],
          [t('dossier.receivedAt'), when(d.receivedAt)],
          [t('dossier.dueAt'), when(d.dueAt)],
          [t('dossier.returnedAt'), when(d.returnedAt)],
          [t('dossier.vneidVerified'), d.vneidVerified ? t('dossier.yes') : t('dossier.no')],
          [t('dossier.updatedAt'), when(d.updatedAt)],
          [t('dossier.version'), String(d.version)],
        ]}
      />
    </section>
  );
}

/** The applicant as the core sends it, masked (full numbers only through the citizen view's audited reveal). */
export function DossierApplicant({ detail }: { readonly detail: DossierDetail }) {
  const { t } = useTranslation('lookup');
  const a = detail.dossier.applicant;
  return (
    <section className="panel" aria-labelledby="dossier-applicant">
      <h2 id="dossier-applicant">{t('dossier.applicant')}</h2>
      <Facts
        testId="dossier-applicant"
        items={[
          [t('dossier.applicantName'), a.name],
          [t('dossier.applicantKind'), t(`kind.${a.kind}`)],
          [t('dossier.applicantId'), detail.applicantIdMasked ? <span className="mono">{detail.applicantIdMasked}</span> : null],
          [t('dossier.phone'), a.phone ? <span className="mono">{a.phone}</span> : null],
          [t('dossier.email'), a.email],
          [t('dossier.address'), a.address],
        ]}
      />
      {detail.citizenRef !== null && (
        <p>
          <a className="link" href={hrefForParams('citizen', String(detail.citizenRef))}>
            {t('dossier.openCitizen')}
          </a>
        </p>
      )}
    </section>
  );
}
