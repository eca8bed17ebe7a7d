import { foldForSearch } from '../../../shared/domain/text-fold';

/** A ComboBox filter that matches Vietnamese without diacritics or case ("dang ky" finds "Đăng ký"). */
export const foldedContains = (text: string, input: string): boolean => foldForSearch(text).includes(foldForSearch(input));
