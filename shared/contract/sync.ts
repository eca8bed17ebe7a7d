import { z } from 'zod';
import { noInput } from './app';
import { defineCall } from './define';

export const pullProgressSchema = z.object({
  stream: z.enum(['dossiers', 'citizens']),
  firstImport: z.boolean(),
  rows: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
  ratePerSecond: z.number().nonnegative(),
  secondsLeft: z.number().int().nonnegative().nullable(),
});
export type PullProgressView = z.infer<typeof pullProgressSchema>;

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

const OFFICERS = ['officer', 'supervisor'] as const;

export const syncCalls = {
  'sync.status': defineCall({
    input: noInput,
    output: syncStatusSchema,
    roles: 'anyone',
    summary: 'Online/offline, actions waiting, oldest waiting, last sync.',
  }),
  'sync.now': defineCall({
    input: noInput,
    output: z.object({ started: z.boolean() }),
    roles: OFFICERS,
    summary: 'Refresh the cache and send waiting actions now.',
  }),
} as const;
