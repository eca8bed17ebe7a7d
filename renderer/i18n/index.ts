import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/contract';
import { en } from './en';
import { lookupEn } from './lookup.en';
import { lookupVi } from './lookup.vi';
import { vi } from './vi';
import { actionsEn } from './actions.en';
import { actionsVi } from './actions.vi';
import { securityEn } from './security.en';
import { securityVi } from './security.vi';
import { storageEn } from './storage.en';
import { storageVi } from './storage.vi';

export const languages: readonly Language[] = ['vi', 'en'];
export const defaultLanguage: Language = 'vi';

export const resources = {
  vi: { translation: vi, actions: actionsVi, lookup: lookupVi, security: securityVi, storage: storageVi },
  en: { translation: en, actions: actionsEn, lookup: lookupEn, security: securityEn, storage: storageEn },
} as const;

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
