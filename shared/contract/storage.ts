import { z } from 'zod';

/** The steps of a long storage job at start-up, in the order they run. */
export const storageStepSchema = z.enum(['copy', 'encrypt', 'check', 'swap', 'migrate']);
export type StorageStep = z.infer<typeof storageStepSchema>;

/**
 * Pushed while the database is prepared before the desk opens (re-encryption to the
 * current cipher, a long schema migration). `done` of `total` counts the step's own
 * units (bytes copied, tables checked, migrations applied); `total` 0 means unknown.
 */
export const storageProgressSchema = z.object({
  job: z.enum(['reencrypt', 'migrate']),
  step: storageStepSchema,
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  finished: z.boolean(),
});
export type StorageProgress = z.infer<typeof storageProgressSchema>;

/** Receives start-up storage progress; a promise holds the work until the screen has shown it. */
export type ReportStorageProgress = (progress: StorageProgress) => void | Promise<void>;
