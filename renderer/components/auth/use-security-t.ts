import { useTranslation } from 'react-i18next';
import type { securityVi } from '../../i18n/security.vi';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type SecurityResources = Widen<typeof securityVi>;

/** Dotted keys of the "security" namespace, e.g. "lock.unlock". */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type SecurityKey = Paths<SecurityResources>;

export type SecurityT = (key: SecurityKey, values?: Readonly<Record<string, string | number>>) => string;

/** t() over the "security" namespace, keys type-checked against security.vi.ts. */
export function useSecurityT(): { t: SecurityT; language: 'vi' | 'en' } {
  const { t, i18n } = useTranslation();
  const fixed = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return {
    t: (key, values) => fixed(key, { ...values, ns: 'security' }),
    language: i18n.language === 'en' ? 'en' : 'vi',
  };
}
