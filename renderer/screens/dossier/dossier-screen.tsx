import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CallError } from '../../components/call-error';
import { FreshnessNote } from '../../components/lookup/freshness-note';
import { ScreenHeading } from '../../components/screen-heading';
import { useDeskQuery } from '../../desk/hooks';
import { BackToSearch } from '../lookup/back-to-search';
import { useBackOnEscape } from '../lookup/use-back-on-escape';
import { DossierActionsSlot } from './actions-slot';
import { DossierApplicant, DossierGeneral } from './dossier-fields';
import { DossierGlance } from './dossier-glance';
import { StatusHistory } from './status-history';
import '../lookup/detail.css';

/**
 * "#/dossier/<code>": first what the officer needs now (status, due date, applicant, the
 * actions allowed), then the whole dossier, the applicant and the history.
 */
export function DossierScreen({ code }: { readonly code: string }) {
  const { t } = useTranslation('lookup');
  const detail = useDeskQuery('dossier.get', { code });
  useBackOnEscape();
  useEffect(() => document.getElementById('screen-title')?.focus(), []);
  return (
    <section className="screen detail" aria-labelledby="screen-title">
      <div className="detail__top">
        <BackToSearch />
        <ScreenHeading>{t('dossier.title', { code })}</ScreenHeading>
        <FreshnessNote freshness={detail.data?.freshness} />
      </div>
      {detail.isPending && <p role="status">{t('dossier.loading')}</p>}
      {detail.isError && <CallError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.data && (
        <div className="detail__grid">
          <div className="detail__wide detail__now">
            <DossierGlance detail={detail.data} />
            <DossierActionsSlot detail={detail.data} />
          </div>
          <DossierGeneral detail={detail.data} />
          <DossierApplicant detail={detail.data} />
          <div className="detail__wide">
            <StatusHistory history={detail.data.dossier.history} />
          </div>
        </div>
      )}
    </section>
  );
}
