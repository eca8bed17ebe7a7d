import { z } from 'zod';
import { prefsSchema } from './app';
import { syncStatusSchema } from './sync';
import { sessionStateSchema } from './auth';
import { storageProgressSchema } from './storage';

/** Every event the main process pushes to the renderer, with its payload schema. */
export const events = {
  'prefs.changed': prefsSchema,
  'sync.status': syncStatusSchema,
  /** Sign-in, sign-out, lock and unlock: the renderer clears its caches when the session ends. */
  'session.changed': sessionStateSchema,
  /** The cache or the outbox changed: lists and views should refetch. */
  'data.changed': z.object({ dossierCodes: z.array(z.string()).max(1000) }),
  /** Start-up storage work (re-encryption, long migrations): the progress screen shows it. */
  'storage.progress': storageProgressSchema,
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const eventNames = Object.keys(events) as EventName[];
