import { useTranslation } from 'react-i18next';
import type { DossierRow } from '../../../shared/contract/lookup';
import { DOSSIER_STATUS_NAMES } from '../../../shared/domain/dossier-status';
import { formatDisplayDate } from '../../../shared/domain/office-time';
import { TimelinessBadge } from './timeliness-badge';
import { useLocalized } from './use-localized';

/** One dossier line: code, applicant (masked ID), procedure, status, due date and timeliness, waiting marker. */
export function DossierRowContent({ row }: { readonly row: DossierRow }) {
  const { t } = useTranslation('lookup');
  const localized = useLocalized();
  return (
    <>
      <span className="dossier-row__code">{row.code}</span>
      <span className="dossier-row__applicant">
        <span className="dossier-row__name">{row.applicantName}</span>
        {row.applicantIdMasked && (
          <span className="dossier-row__id">
            <span className="visually-hidden">{t('results.idMasked')} </span>
            {row.applicantIdMasked}
          </span>
        )}
      </span>
      <span className="dossier-row__procedure">{row.procedureName}</span>
      <span className="dossier-row__status">{localized(DOSSIER_STATUS_NAMES[row.status])}</span>
      <span className="dossier-row__due">
        <span className="dossier-row__due-date">
          {row.dueAt ? `${t('results.due')} ${formatDisplayDate(new Date(row.dueAt))}` : t('results.noDue')}
        </span>
        <TimelinessBadge timeliness={row.timeliness} />
        {row.pendingActions > 0 && (
          <span className="badge badge--waiting" title={t('results.waitingTitle', { count: row.pendingActions })}>
            {t('results.waiting')} ({row.pendingActions})
          </span>
        )}
      </span>
    </>
  );
}
