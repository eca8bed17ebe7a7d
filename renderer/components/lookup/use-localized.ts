import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/validation';

/** The UI language's side of a {vi, en} text, for a language known without a hook. */
export function localizerFor(language: string): (text: LocalizedText) => string {
  const english = language === 'en';
  return (text) => (english ? text.en : text.vi);
}

/** Picks the current UI language's side of a {vi, en} text from the core or shared domain. */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  return localizerFor(i18n.language);
}

export { formatVnd } from '../../../shared/domain/money';
