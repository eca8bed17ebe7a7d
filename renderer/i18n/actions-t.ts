import type { actionsVi } from './actions.vi';
import { useCatalogueT, type Catalogue, type CatalogueKey, type CatalogueT } from './catalogue';

export type ActionsResources = Catalogue<typeof actionsVi>;
export type ActionsKey = CatalogueKey<ActionsResources>;
export type ActionsT = CatalogueT<ActionsResources>;

/**
 * t() over the "actions" namespace, keys type-checked against actions.vi.ts. The
 * namespace lives in its own files so parallel features do not edit the same ones.
 */
export const useActionsT = () => useCatalogueT<ActionsResources>('actions');
