import { openDatabase } from '../db/connection';
import { createSyncEngine } from '../sync/sync-engine';
import { createHttpPortalClient } from '../portal';
import type { CoreEvents } from '../events';
export const parts = [openDatabase, createSyncEngine, createHttpPortalClient];
export type Events = CoreEvents;
