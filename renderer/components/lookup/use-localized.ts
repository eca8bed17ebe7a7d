import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/validation';

/** Picks the current UI language's side of a {vi, en} text from the core or shared domain. */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (text) => (english ? text.en : text.vi);
}

export { formatVnd } from '../../../shared/domain/money';
