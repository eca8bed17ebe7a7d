import { useTranslation } from 'react-i18next';
import type { storageVi } from '../../i18n/storage.vi';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type StorageResources = Widen<typeof storageVi>;

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type StorageKey = Paths<StorageResources>;

/** t() over the "storage" namespace, keys type-checked against storage.vi.ts. */
export function useStorageT(): (key: StorageKey, values?: Readonly<Record<string, string | number>>) => string {
  const { t } = useTranslation();
  const fixed = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return (key, values) => fixed(key, { ...values, ns: 'storage' });
}
