import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../desk/hooks';
import './training-banner.css';

/** Says plainly, on every screen, that training mode runs on simulated data. */
export function TrainingBanner() {
  const { t } = useTranslation();
  const info = useDeskQuery('app.info', {});
  if (info.data?.mode !== 'training') return null;
  return (
    <p className="training-banner" data-testid="training-banner">
      {t('banner.training')}
    </p>
  );
}
