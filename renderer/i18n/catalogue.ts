import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/contract';

/**
 * How every English catalogue is typed against its Vietnamese one (`Catalogue<typeof xVi>`):
 * the same keys, every value a string, so a key missing from either language fails tsc.
 */
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** Dotted keys of a catalogue, e.g. "queue.retry". */
export type CatalogueKey<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : CatalogueKey<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type CatalogueT<T> = (key: CatalogueKey<T>, values?: Readonly<Record<string, string | number>>) => string;

/** t() over one namespace, its keys type-checked against that namespace's Vietnamese catalogue. */
export function useCatalogueT<T>(namespace: 'actions' | 'security' | 'storage'): { t: CatalogueT<T>; language: Language } {
  const { t, i18n } = useTranslation();
  const fixed = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return {
    t: (key, values) => fixed(key, { ...values, ns: namespace }),
    language: i18n.language === 'en' ? 'en' : 'vi',
  };
}
