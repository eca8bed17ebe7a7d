import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isDeskCallError } from '../desk/client';
import './call-error.css';

interface CallErrorProps {
  readonly error: unknown;
  readonly onRetry?: () => void;
}

/** A failed call, explained by its error code in the current language (never the raw message). */
export function CallError({ error, onRetry }: CallErrorProps) {
  const { t } = useTranslation();
  const code = isDeskCallError(error) ? error.code : 'INTERNAL';
  return (
    <div role="alert" className="call-error">
      <p className="call-error__title">{t('errors.title')}</p>
      <p>{t(`errors.codes.${code}`)}</p>
      <p className="call-error__code">
        {t('errors.code')}: <span lang="en">{code}</span>
      </p>
      {onRetry && (
        <Button className="button" onPress={onRetry}>
          {t('errors.retry')}
        </Button>
      )}
    </div>
  );
}
