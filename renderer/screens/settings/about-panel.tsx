import { useTranslation } from 'react-i18next';
import { CallError } from '../../components/call-error';
import { useDeskQuery } from '../../desk/hooks';

/** app.info for the officer and IT: which build, which mode, where the data lives. */
export function AboutPanel() {
  const { t } = useTranslation();
  const info = useDeskQuery('app.info', {});
  return (
    <section className="settings__panel" aria-labelledby="about-title">
      <h2 id="about-title">{t('about.title')}</h2>
      {info.isPending && <p>{t('about.loading')}</p>}
      {info.isError && <CallError error={info.error} onRetry={() => void info.refetch()} />}
      {info.data && (
        <dl className="facts" data-testid="app-info">
          <dt>{t('about.version')}</dt>
          <dd className="facts__key" data-testid="app-version">
            {info.data.version}
          </dd>
          <dt>{t('about.mode')}</dt>
          <dd className="facts__key" data-testid="app-mode">
            {t(`mode.${info.data.mode}`)}
          </dd>
          {info.data.dataDir !== null && (
            <>
              <dt>{t('about.dataDir')}</dt>
              <dd className="facts__path">{info.data.dataDir}</dd>
            </>
          )}
          <dt>{t('about.portalUrl')}</dt>
          <dd className="facts__path">{info.data.portalUrl}</dd>
          <dt>{t('about.schemaVersion')}</dt>
          <dd>{info.data.schemaVersion}</dd>
          <dt>{t('about.timeZone')}</dt>
          <dd>{info.data.officeTimeZone}</dd>
        </dl>
      )}
    </section>
  );
}
