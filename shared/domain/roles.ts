import { z } from 'zod';

/** Officer roles. A supervisor or admin is not implicitly an officer: each audience lists every role it admits. */
export const ROLES = ['officer', 'supervisor', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Counter work (look-ups, actions, the queue): officers, and supervisors standing in at the counter. */
export const COUNTER_STAFF = ['officer', 'supervisor'] as const satisfies readonly Role[];
/** The office day's report and the handling log book. */
export const SUPERVISORS = ['supervisor'] as const satisfies readonly Role[];
/** Where the database, logs and configuration live. */
export const ADMINS = ['admin'] as const satisfies readonly Role[];
