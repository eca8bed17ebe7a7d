import type { storageVi } from '../../i18n/storage.vi';
import { useCatalogueT, type Catalogue, type CatalogueKey, type CatalogueT } from '../../i18n/catalogue';

export type StorageResources = Catalogue<typeof storageVi>;
export type StorageKey = CatalogueKey<StorageResources>;

/** t() over the "storage" namespace, keys type-checked against storage.vi.ts. */
export const useStorageT = (): CatalogueT<StorageResources> => useCatalogueT<StorageResources>('storage').t;
