import type { z } from 'zod';
import { prefsSchema } from './app';

/** Every event the main process pushes to the renderer, with its payload schema. */
export const events = {
  'prefs.changed': prefsSchema,
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const eventNames = Object.keys(events) as EventName[];
