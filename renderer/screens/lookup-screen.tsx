import { useTranslation } from 'react-i18next';
import { PlaceholderScreen } from '../components/placeholder-screen';

/** Placeholder until the lookup feature lands. */
export function LookupScreen() {
  const { t } = useTranslation();
  return <PlaceholderScreen title={t('lookup.title')} coming={t('lookup.coming')} />;
}
