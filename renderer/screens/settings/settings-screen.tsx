import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/screen-heading';
import { AboutPanel } from './about-panel';
import { LanguageSetting } from './language-setting';
import './settings.css';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="screen-title">
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      <div className="settings__panel">
        <LanguageSetting />
      </div>
      <AboutPanel />
    </section>
  );
}
