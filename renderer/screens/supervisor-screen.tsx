import { useTranslation } from 'react-i18next';
import { PlaceholderScreen } from '../components/placeholder-screen';

/** Placeholder until the supervisor feature lands. */
export function SupervisorScreen() {
  const { t } = useTranslation();
  return <PlaceholderScreen title={t('supervisor.title')} coming={t('supervisor.coming')} />;
}
