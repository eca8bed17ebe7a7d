import { z } from 'zod';
import { prefsSchema } from './app';
import { syncStatusSchema } from './sync';

/** Every event the main process pushes to the renderer, with its payload schema. */
export const events = {
  'prefs.changed': prefsSchema,
  'sync.status': syncStatusSchema,
  /** The cache or the outbox changed: lists and views should refetch. */
  'data.changed': z.object({ dossierCodes: z.array(z.string()).max(1000) }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const eventNames = Object.keys(events) as EventName[];
