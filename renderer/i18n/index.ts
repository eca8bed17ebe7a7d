import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/contract';
import { en } from './en';
import { vi } from './vi';

export const languages: readonly Language[] = ['vi', 'en'];
export const defaultLanguage: Language = 'vi';

export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

/** Keeps <html lang> in step so screen readers and hyphenation use the right language. */
function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

/** Initialises the shared i18next instance once (synchronous: resources are bundled). */
export function setupI18n(): typeof i18n {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', syncDocumentLanguage);
    void i18n.use(initReactI18next).init({
      resources,
      lng: defaultLanguage,
      fallbackLng: defaultLanguage,
      supportedLngs: [...languages],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    syncDocumentLanguage(i18n.language);
  }
  return i18n;
}

export const isLanguage = (value: string | undefined): value is Language => value === 'vi' || value === 'en';

export { i18n };
