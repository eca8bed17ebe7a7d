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
import { StatusHistory } from './status-history';
import '../lookup/detail.css';

/** "#/dossier/<code>": the whole dossier from the cache, its history, the applicant, and the counter-actions slot. */
export function DossierScreen({ code }: { readonly code: string }) {
  const { t } = useTranslation('lookup');
  const detail = useDeskQuery('dossier.get', { code });
  useBackOnEscape();
  useEffect(() => document.getElementById('screen-title')?.focus(), []);
  return (
    <section className="screen detail" aria-labelledby="screen-title">
      <BackToSearch />
      <ScreenHeading>{t('dossier.title', { code })}</ScreenHeading>
      <FreshnessNote freshness={detail.data?.freshness} />
      {detail.isPending && <p role="status">{t('dossier.loading')}</p>}
      {detail.isError && <CallError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.data && (
        <div className="detail__grid">
          <DossierGeneral detail={detail.data} />
          <div className="detail__side">
            <DossierApplicant detail={detail.data} />
            <DossierActionsSlot detail={detail.data} />
          </div>
          <div className="detail__wide">
            <StatusHistory history={detail.data.dossier.history} />
          </div>
        </div>
      )}
    </section>
  );
}
