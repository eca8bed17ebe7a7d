import { z } from 'zod';
import { dossierStatusSchema, COUNTER_ACTION_KINDS, type CounterActionKind } from '../../../shared/domain/dossier-status';

/** OpenCPS dossierStatus values (DossierStatusConstants); sub-statuses are per site and not mapped. */
export const OPENCPS_STATUSES = [
  'new', 'collecting', 'receiving', 'waiting', 'processing', 'pausing', 'posting', 'handover', 'correcting',
  'cancelling', 'paying', 'releasing', 'denied', 'unresolved', 'cancelled', 'done', 'interoperating',
] as const;

/**
 * Default mapping to the national codes 1–10. Statuses without a national meaning
 * (collecting, posting…) map to the nearest step a counter officer would name.
 */
export const DEFAULT_STATUS_MAP: Readonly<Record<string, z.infer<typeof dossierStatusSchema>>> = {
  new: 1, collecting: 1, receiving: 2, waiting: 5, correcting: 5, processing: 4, pausing: 8, posting: 4, handover: 4,
  interoperating: 4, paying: 6, releasing: 9, denied: 3, unresolved: 8, cancelling: 7, cancelled: 7, done: 10,
};

const actionCodeSchema = z.string().trim().min(1).max(64);
const accountSchema = z.string().trim().min(1).max(128);
const counterKindSchema = z.enum(COUNTER_ACTION_KINDS as [CounterActionKind, ...CounterActionKind[]]);

/** Basic with the officer's portal credentials (OpenCPS's own server-to-server scheme), or a site's JWT login. */
export const opencpsAuthSchema = z.discriminatedUnion('scheme', [
  z.object({ scheme: z.literal('basic') }).strict(),
  z
    .object({
      scheme: z.literal('bearer'),
      /** Path under the base URL that takes a form (username, password) and answers { token }. */
      loginPath: z.string().regex(/^\/[\w\-/.]*$/, 'a path such as /users/login'),
    })
    .strict(),
]);

export const opencpsSettingsSchema = z
  .object({
    /** The site id (header groupId) — see docs/it-guide.md for where to read it. */
    groupId: z.string().regex(/^\d{1,19}$/, 'the numeric site id (groupId)'),
    /** Counter-action kind → action code, or codes: the first that nextactions offers is used. */
    actionCodes: z.partialRecord(counterKindSchema, z.union([actionCodeSchema, z.array(actionCodeSchema).min(1).max(10)])),
    statusMap: z.record(z.string().min(1).max(32), dossierStatusSchema).optional(),
    auth: opencpsAuthSchema.default({ scheme: 'basic' }),
    /**
     * OpenCPS's sign-in says nothing about a desk role: the site's accounts (screen name or
     * e-mail, any case) that sign in as supervisor or admin. Everyone else is an officer.
     */
    roles: z
      .object({
        supervisor: z.array(accountSchema).max(500).default([]),
        admin: z.array(accountSchema).max(500).default([]),
      })
      .strict()
      .default({ supervisor: [], admin: [] }),
    /** Older releases mount the action endpoints under /dossier/{referenceUid} (singular). */
    actionsPath: z.enum(['dossiers', 'dossier']).default('dossiers'),
  })
  .strict();

export type OpencpsSettings = z.output<typeof opencpsSettingsSchema>;

/** The codes configured for a kind, in preference order (empty: not configured at this site). */
export function codesFor(settings: OpencpsSettings, kind: CounterActionKind): readonly string[] {
  const value = settings.actionCodes[kind];
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

export function statusOf(settings: OpencpsSettings, status: string): z.infer<typeof dossierStatusSchema> | null {
  return settings.statusMap?.[status] ?? DEFAULT_STATUS_MAP[status] ?? null;
}

/** The desk role of a site account (portal.opencps.roles); admin wins over supervisor. */
export function roleOf(settings: OpencpsSettings, account: string): 'officer' | 'supervisor' | 'admin' {
  const is = (list: readonly string[]) => list.some((a) => a.toLocaleLowerCase('vi') === account.trim().toLocaleLowerCase('vi'));
  return is(settings.roles.admin) ? 'admin' : is(settings.roles.supervisor) ? 'supervisor' : 'officer';
}
