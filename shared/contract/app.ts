import { z } from 'zod';
import { centreSchema } from '../domain/centre';
import { competentUnitCatalogueSchema } from '../domain/competent-units';
import { defineCall } from './define';
import { ADMINS } from './roles';
import { fieldIssueSchema } from '../validation';

export const languageSchema = z.enum(['vi', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const modeSchema = z.enum(['training', 'production']);

export const noInput = z.object({}).strict();


export const appStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready') }),
  z.object({
    state: z.literal('config-invalid'),
    configPath: z.string(),
    issues: z.array(fieldIssueSchema).min(1),
  }),
]);
export type AppStatus = z.infer<typeof appStatusSchema>;

export const appInfoSchema = z.object({
  productName: z.string(),
  version: z.string(),
  mode: modeSchema,
  /** Where this PC keeps the officer's data: null until someone signs in (the sign-in screen does not say). */
  dataDir: z.string().nullable(),
  portalUrl: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  officeTimeZone: z.string(),
  /** The Public Administrative Service Centre this PC serves (machine config), for the header and slips. */
  centre: centreSchema,
  /** The competent-unit catalogue in force (machine config), for the intake's unit picker. */
  competentUnits: competentUnitCatalogueSchema,
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const prefsSchema = z.object({ language: languageSchema });
export type Prefs = z.infer<typeof prefsSchema>;

export const diagnosticsSchema = z.object({
  databasePath: z.string(),
  logDir: z.string(),
  configPath: z.string(),
  configSource: z.enum(['file', 'defaults']),
});

export const appCalls = {
  'app.status': defineCall({
    input: noInput,
    output: appStatusSchema,
    roles: 'anyone',
    summary: 'Whether the core started, or why not (for the error screen).',
  }),
  'app.info': defineCall({
    input: noInput,
    output: appInfoSchema,
    roles: 'anyone',
    summary: 'Version, mode, portal URL and schema version; the data directory only to a signed-in officer.',
  }),
  'prefs.get': defineCall({
    input: noInput,
    output: prefsSchema,
    roles: 'anyone',
    summary: "The officer's UI preferences on this PC.",
  }),
  'prefs.set': defineCall({
    input: prefsSchema.partial().strict(),
    output: prefsSchema,
    roles: 'anyone',
    summary: "Change the officer's UI preferences.",
  }),
  'app.diagnostics': defineCall({
    input: noInput,
    output: diagnosticsSchema,
    roles: ADMINS,
    summary: 'Where the database, logs and configuration live (IT).',
  }),
} as const;
