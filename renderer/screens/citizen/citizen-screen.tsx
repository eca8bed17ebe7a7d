import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkageStatus } from '../../../shared/domain/linkage';
import { CallError } from '../../components/call-error';
import { DossierList } from '../../components/lookup/dossier-list';
import { FreshnessNote } from '../../components/lookup/freshness-note';
import { ScreenHeading } from '../../components/screen-heading';
import { useDeskQuery } from '../../desk/hooks';
import type { GuidanceRecord } from '../../../shared/contract/guidance';
import type { CitizenDetail } from '../../../shared/contract/lookup';
import { BackToSearch } from '../lookup/back-to-search';
import { backToSearch, openDossier } from '../lookup/lookup-memory';
import { useBackOnEscape } from '../lookup/use-back-on-escape';
import { GuidanceRecorder } from './guidance-recorder';
import { GuidanceSlip } from './guidance-slip';
import { IdentityPanel } from './identity-panel';
import { LinkagePanel } from './linkage-panel';
import '../lookup/detail.css';
import './citizen.css';

/** "#/citizen/<ref>": identity (masked until revealed), VNeID linkage and guidance, dossiers, the printable slip. */
export function CitizenScreen({ citizenRef }: { readonly citizenRef: number }) {
  const { t } = useTranslation('lookup');
  const detail = useDeskQuery('citizen.get', { ref: citizenRef });
  useBackOnEscape();
  useEffect(() => document.getElementById('screen-title')?.focus(), []);
  return (
    <section className="screen detail" aria-labelledby="screen-title">
      <BackToSearch />
      <ScreenHeading>{detail.data ? t('citizen.title', { name: detail.data.citizen.fullName }) : t('citizen.loading')}</ScreenHeading>
      <FreshnessNote freshness={detail.data?.freshness} />
      {detail.isError && <CallError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.data && <CitizenBody detail={detail.data} />}
    </section>
  );
}

function CitizenBody({ detail }: { readonly detail: CitizenDetail }) {
  const { t } = useTranslation('lookup');
  const status = useMemo(() => linkageStatus(detail.citizen.linkage, detail.officeToday), [detail]);
  const [recorded, setRecorded] = useState<{ record: GuidanceRecord; print: boolean } | null>(null);
  // Print once the slip carries the recorded officer and unit (after the render that adds them).
  useEffect(() => {
    if (recorded?.print) window.print();
  }, [recorded]);
  return (
    <div className="detail__grid">
      <IdentityPanel detail={detail} />
      <LinkagePanel status={status}>
        <GuidanceRecorder
          citizenRef={detail.ref}
          status={status}
          recorded={recorded?.record ?? null}
          onRecorded={(record, print) => setRecorded({ record, print })}
        />
      </LinkagePanel>
      <section className="panel detail__wide" aria-labelledby="citizen-dossiers">
        <h2 id="citizen-dossiers">{t('citizen.dossiers')}</h2>
        {detail.dossiers.length === 0 ? (
          <p>{t('citizen.noDossiers')}</p>
        ) : (
          <DossierList rows={detail.dossiers} label={t('citizen.dossiers')} onOpen={openDossier} onEscape={backToSearch} />
        )}
      </section>
      <GuidanceSlip name={detail.citizen.fullName} status={status} record={recorded?.record ?? null} />
    </div>
  );
}
