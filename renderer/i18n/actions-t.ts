import { useTranslation } from 'react-i18next';
import type { actionsVi } from './actions.vi';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ActionsResources = Widen<typeof actionsVi>;

/** Dotted keys of the "actions" namespace, e.g. "queue.retry". */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type ActionsKey = Paths<ActionsResources>;

export type ActionsT = (key: ActionsKey, values?: Readonly<Record<string, string | number>>) => string;

/**
 * t() over the "actions" namespace, keys type-checked against actions.vi.ts. The
 * namespace lives in its own files so parallel features do not edit the same ones.
 */
export function useActionsT(): { t: ActionsT; language: 'vi' | 'en' } {
  const { t, i18n } = useTranslation();
  const fixed = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return {
    t: (key, values) => fixed(key, { ...values, ns: 'actions' }),
    language: i18n.language === 'en' ? 'en' : 'vi',
  };
}
