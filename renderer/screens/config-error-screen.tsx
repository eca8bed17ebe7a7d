import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../shared/contract';
import { LanguageRadioGroup } from '../components/language-radio-group';
import { defaultLanguage, isLanguage } from '../i18n';
import './config-error-screen.css';

type ConfigInvalid = Extract<AppStatus, { state: 'config-invalid' }>;

/**
 * Shown instead of the app when the machine config is bad: every bad key with its
 * message, the file to fix, and who fixes it. Preferences live in the database the
 * core did not open, so the language choice here is for this screen only.
 */
export function ConfigErrorScreen({ status }: { readonly status: ConfigInvalid }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  return (
    <main className="config-error" aria-labelledby="config-error-title">
      <p className="config-error__product">{t('app.name')}</p>
      <h1 id="config-error-title">{t('configError.title')}</h1>
      <p>{t('configError.intro')}</p>
      <table className="config-error__issues" data-testid="config-issues">
        <thead>
          <tr>
            <th scope="col">{t('configError.key')}</th>
            <th scope="col">{t('configError.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {status.issues.map((issue, index) => (
            <tr key={`${issue.key}#${index}`}>
              <td className="config-error__key">{issue.key}</td>
              <td>{issue.message[language]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <span className="config-error__label">{t('configError.file')}: </span>
        <span className="config-error__path" data-testid="config-path">
          {status.configPath}
        </span>
      </p>
      <p className="config-error__contact">{t('configError.contact')}</p>
      <LanguageRadioGroup label={t('configError.languageLabel')} value={language} onChange={(next) => void i18n.changeLanguage(next)} />
    </main>
  );
}
