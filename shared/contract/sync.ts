import { z } from 'zod';
import { noInput } from './app';
import { defineCall } from './define';
import { COUNTER_STAFF } from './roles';

/** The two streams the cache pulls from the portal. */
export const syncStreamSchema = z.enum(['dossiers', 'citizens']);
export type SyncStream = z.infer<typeof syncStreamSchema>;

export const pullProgressSchema = z.object({
  stream: syncStreamSchema,
  firstImport: z.boolean(),
  rows: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
  ratePerSecond: z.number().nonnegative(),
  secondsLeft: z.number().int().nonnegative().nullable(),
});
export type PullProgress = z.infer<typeof pullProgressSchema>;

/** What the status bar shows on every screen. */
export const syncStatusSchema = z.object({
  online: z.boolean(),
  /** When the portal became unreachable (UTC ISO), null while online. */
  offlineSince: z.iso.datetime().nullable(),
  waiting: z.number().int().nonnegative(),
  oldestWaitingAt: z.iso.datetime().nullable(),
  conflicts: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  /** Last successful pull of the cache (UTC ISO). */
  lastSyncAt: z.iso.datetime().nullable(),
  /** Last time the outbox was emptied or an action delivered (UTC ISO). */
  lastDeliveryAt: z.iso.datetime().nullable(),
  pulling: pullProgressSchema.nullable(),
  training: z.boolean(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;


export const syncCalls = {
  'sync.status': defineCall({
    input: noInput,
    output: syncStatusSchema,
    roles: 'anyone',
    summary: 'Online/offline, actions waiting, oldest waiting, last sync.',
  }),
  'sync.now': defineCall({
    input: noInput,
    output: z.object({
      started: z.boolean(),
      /** After the refresh: whether the portal answered, and the last successful pull (UTC ISO). */
      online: z.boolean(),
      lastSyncAt: z.iso.datetime().nullable(),
    }),
    roles: COUNTER_STAFF,
    summary: 'Refresh the cache and send waiting actions now; answers when both are done.',
  }),
} as const;
