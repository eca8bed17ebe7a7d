import { useTranslation } from 'react-i18next';
import { PlaceholderScreen } from '../components/placeholder-screen';

/** Placeholder until the queue feature lands. */
export function QueueScreen() {
  const { t } = useTranslation();
  return <PlaceholderScreen title={t('queue.title')} coming={t('queue.coming')} />;
}
