import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '../../../shared/contract/lookup';
import { DOSSIER_STATUS_NAMES } from '../../../shared/domain/dossier-status';
import { formatDisplayDate } from '../../../shared/domain/office-time';
import { LinkageChip } from '../../components/lookup/linkage-chip';
import { TimelinessBadge } from '../../components/lookup/timeliness-badge';
import { hrefForParams } from '../../app/router';
import { useLocalized } from '../../components/lookup/use-localized';

/** What the officer answers the citizen first: status, due date and timeliness, who applied (and their VNeID state, linking to its guidance). */
export function DossierGlance({ detail }: { readonly detail: DossierDetail }) {
  const { t } = useTranslation('lookup');
  const localized = useLocalized();
  const d = detail.dossier;
  return (
    <dl className="glance" data-testid="dossier-glance">
      <div className="glance__item">
        <dt>{t('dossier.status')}</dt>
        <dd>{localized(DOSSIER_STATUS_NAMES[detail.projectedStatus])}</dd>
      </div>
      <div className="glance__item">
        <dt>{t('dossier.dueAt')}</dt>
        <dd>
          {d.dueAt ? formatDisplayDate(new Date(d.dueAt)) : '—'} <TimelinessBadge timeliness={detail.timeliness} />
        </dd>
      </div>
      <div className="glance__item">
        <dt>{t('dossier.applicant')}</dt>
        <dd>
          <strong>{d.applicant.name}</strong>
          {detail.applicantIdMasked && <span className="mono"> {detail.applicantIdMasked}</span>}
          {detail.applicantLinkage && detail.citizenRef !== null && (
            <>
              {' '}
              <a className="glance__linkage" href={hrefForParams('citizen', String(detail.citizenRef))} data-testid="dossier-linkage">
                <LinkageChip state={detail.applicantLinkage} />
              </a>
            </>
          )}
        </dd>
      </div>
      <div className="glance__item glance__item--wide">
        <dt>{t('dossier.procedure')}</dt>
        <dd>{d.procedure.name}</dd>
      </div>
    </dl>
  );
}
