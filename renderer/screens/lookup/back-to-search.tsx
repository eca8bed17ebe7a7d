import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/router';

/** The way back to the search (same query), also bound to Esc. */
export function BackToSearch() {
  const { t } = useTranslation('lookup');
  return (
    <p className="detail__back">
      <a className="link" href={hrefFor('lookup')}>
        ← {t('nav.back')}
      </a>
    </p>
  );
}
