import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { HOTLINE, LOCK_REASON_LABELS, type LinkageStatus } from '../../../shared/domain/linkage';
import { useLocalized } from '../../components/lookup/use-localized';

/**
 * The VNeID linkage state with the guidance to give, in the UI language and always in
 * Vietnamese for the citizen; the hotline whenever there is a problem; the guardian
 * for minors and wards; and for "no account" why the counter cannot create one.
 * There is deliberately no control that creates an account (Dispatch 3701/VPCP-KSTT).
 */
export function LinkagePanel({ status, onPrint }: { readonly status: LinkageStatus; readonly onPrint: () => void }) {
  const { t, i18n } = useTranslation('lookup');
  const localized = useLocalized();
  const english = i18n.language === 'en';
  return (
    <section className={`panel linkage linkage--${status.hasProblem ? 'problem' : 'ok'}`} aria-labelledby="citizen-linkage" data-state={status.state}>
      <h2 id="citizen-linkage">{t('linkage.title')}</h2>
      <p className="linkage__state" data-testid="linkage-title">
        {localized(status.title)}
      </p>
      {status.showHotline && (
        <p className="linkage__hotline" data-testid="hotline">
          {t('linkage.hotline', { hotline: HOTLINE })}
        </p>
      )}
      {status.lockReason && (
        <p>
          <strong>{t('linkage.lockReason')}:</strong> {localized(LOCK_REASON_LABELS[status.lockReason])}
        </p>
      )}
      <ul className="linkage__guidance" data-testid="linkage-guidance">
        {status.guidance.map((line) => (
          <li key={line.vi}>{localized(line)}</li>
        ))}
      </ul>
      {status.state === 'no_account' && (
        <div className="linkage__why" data-testid="no-account-why">
          <p>{t('linkage.noAccountWhy')}</p>
          <p>{t('linkage.noAccountWhat')}</p>
        </div>
      )}
      {status.state === 'minor_or_ward' && <Guardian status={status} />}
      {english && (
        <div className="linkage__vi" lang="vi" data-testid="guidance-vi">
          <h3>{t('linkage.forCitizen')}</h3>
          <p className="linkage__state">{status.title.vi}</p>
          <ul>
            {status.guidance.map((line) => (
              <li key={line.vi}>{line.vi}</li>
            ))}
          </ul>
        </div>
      )}
      <Button className="button" onPress={onPrint}>
        {t('linkage.print')}
      </Button>
    </section>
  );
}

function Guardian({ status }: { readonly status: LinkageStatus }) {
  const { t } = useTranslation('lookup');
  const g = status.guardian;
  return (
    <div className="linkage__guardian" data-testid="guardian">
      <h3>{t('linkage.guardian')}</h3>
      {g ? (
        <p>
          <strong>{g.name}</strong>
          {g.relation && ` — ${t('linkage.guardianRelation')}: ${g.relation}`}
          {g.idNumber && (
            <>
              {' — '}
              {t('linkage.guardianId')}: <span className="mono">{'•'.repeat(8) + g.idNumber.slice(-4)}</span>
            </>
          )}
        </p>
      ) : (
        <p>{t('linkage.guardianUnknown')}</p>
      )}
    </div>
  );
}
