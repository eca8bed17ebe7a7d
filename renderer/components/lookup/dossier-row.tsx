import { useTranslation } from 'react-i18next';
import type { DossierRow } from '../../../shared/contract/lookup';
import { DOSSIER_STATUS_NAMES } from '../../../shared/domain/dossier-status';
import { formatDisplayDate } from '../../../shared/domain/office-time';
import { LinkageChip } from './linkage-chip';
import { TimelinessBadge } from './timeliness-badge';
import { useLocalized } from './use-localized';

/**
 * One dossier on one line, in the columns of DossierColumnHeads: code, applicant (birth
 * year), masked ID, commune, procedure, status, the applicant's VNeID state, due date,
 * timeliness and waiting marker.
 * Cut text keeps its whole value in the title.
 */
export function DossierRowContent({ row }: { readonly row: DossierRow }) {
  const { t } = useTranslation('lookup');
  const localized = useLocalized();
  const status = localized(DOSSIER_STATUS_NAMES[row.status]);
  return (
    <>
      <span className="dossier-row__code">{row.code}</span>
      <span className="dossier-row__name" title={row.applicantName}>
        {row.applicantName}
        {row.applicantBirthYear !== null && (
          <span className="dossier-row__year">
            {' '}
            <span className="visually-hidden">{t('results.birthYear')} </span>({row.applicantBirthYear})
          </span>
        )}
      </span>
      <span className="dossier-row__id">
        {row.applicantIdMasked && (
          <>
            <span className="visually-hidden">{t('results.idMasked')} </span>
            {row.applicantIdMasked}
          </>
        )}
      </span>
      <span className="dossier-row__commune" title={row.applicantCommune ?? undefined}>
        {row.applicantCommune}
      </span>
      <span className="dossier-row__procedure" title={row.procedureName}>
        {row.procedureName}
      </span>
      <span className="dossier-row__status" title={status}>
        {status}
      </span>
      <span className="dossier-row__linkage">{row.applicantLinkage && <LinkageChip state={row.applicantLinkage} />}</span>
      <span className="dossier-row__due">
        {row.dueAt ? (
          <>
            <span className="visually-hidden">{t('results.due')} </span>
            {formatDisplayDate(new Date(row.dueAt))}
          </>
        ) : (
          <span className="visually-hidden">{t('results.noDue')}</span>
        )}
      </span>
      <span className="dossier-row__badges">
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

/** The column names above the list; hidden from screen readers, which hear each row's own labels. */
export function DossierColumnHeads() {
  const { t } = useTranslation('lookup');
  return (
    <div className="dossier-row dossier-row--head" aria-hidden="true">
      <span>{t('columns.code')}</span>
      <span>{t('columns.applicant')}</span>
      <span>{t('columns.id')}</span>
      <span>{t('columns.commune')}</span>
      <span>{t('columns.procedure')}</span>
      <span>{t('columns.status')}</span>
      <span>{t('columns.linkage')}</span>
      <span>{t('columns.due')}</span>
      <span>{t('columns.timeliness')}</span>
    </div>
  );
}
