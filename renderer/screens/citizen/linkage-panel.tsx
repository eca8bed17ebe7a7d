import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HOTLINE_LINE, LOCK_REASON_LABELS, type LinkageStatus } from '../../../shared/domain/linkage';
import { useLocalized } from '../../components/lookup/use-localized';

/**
 * The VNeID linkage state with the guidance to give, in the UI language and always in
 * Vietnamese for the citizen; the hotline (its last line, stressed) on a problem; the guardian
 * for minors and wards. For "no account" the guidance itself says why the counter cannot
 * create one; `children` records the guidance given.
 * There is deliberately no control that creates an account (Dispatch 3701/VPCP-KSTT).
 */
export function LinkagePanel({ status, children }: { readonly status: LinkageStatus; readonly children: ReactNode }) {
  const { t, i18n } = useTranslation('lookup');
  const localized = useLocalized();
  const english = i18n.language === 'en';
  return (
    <section className={`panel linkage linkage--${status.hasProblem ? 'problem' : 'ok'}`} aria-labelledby="citizen-linkage" data-state={status.state}>
      <h2 id="citizen-linkage">{t('linkage.title')}</h2>
      <p className="linkage__state" data-testid="linkage-title">
        {localized(status.title)}
      </p>
      {status.lockReason && (
        <p>
          <strong>{t('linkage.lockReason')}:</strong> {localized(LOCK_REASON_LABELS[status.lockReason])}
        </p>
      )}
      <ul className="linkage__guidance" data-testid="linkage-guidance">
        {status.guidance.map((line) =>
          line.vi === HOTLINE_LINE.vi ? (
            <li key={line.vi} className="linkage__hotline" data-testid="hotline">
              {localized(line)}
            </li>
          ) : (
            <li key={line.vi}>{localized(line)}</li>
          ),
        )}
      </ul>
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
      {children}
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
              {t('linkage.guardianId')}: <span className="mono">{g.idNumber}</span>
            </>
          )}
        </p>
      ) : (
        <p>{t('linkage.guardianUnknown')}</p>
      )}
    </div>
  );
}
