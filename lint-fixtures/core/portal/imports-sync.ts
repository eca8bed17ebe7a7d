import { createSyncEngine } from '../sync/sync-engine';
export const s = createSyncEngine;
