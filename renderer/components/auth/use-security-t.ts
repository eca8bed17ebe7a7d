import type { securityVi } from '../../i18n/security.vi';
import { useCatalogueT, type Catalogue, type CatalogueKey, type CatalogueT } from '../../i18n/catalogue';

export type SecurityResources = Catalogue<typeof securityVi>;
/** Dotted keys of the "security" namespace, e.g. "lock.unlock". */
export type SecurityKey = CatalogueKey<SecurityResources>;
export type SecurityT = CatalogueT<SecurityResources>;

/** t() over the "security" namespace, keys type-checked against security.vi.ts. */
export const useSecurityT = () => useCatalogueT<SecurityResources>('security');
