import { z } from 'zod';
import { parseReceiptPublicKey } from './receipt-public-key';
import { centreLevelSchema, TRAINING_CENTRE_NAME } from '../../../shared/domain/centre';
import { opencpsSettingsSchema } from './opencps-settings';

/** Which back end's API the desk speaks: ours (api/portal.openapi.yaml) or OpenCPS REST v2. */
export const portalDialectSchema = z.enum(['onestop', 'opencps']);
export type PortalDialect = z.infer<typeof portalDialectSchema>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A data file IT keeps beside the config (relative to its folder, or absolute); absent = the one shipped. */
const catalogueFileSchema = z.object({ cataloguePath: z.string().min(1).optional() }).strict().default({});

/**
 * The machine-wide configuration IT writes (one JSON file per PC). Every key has a
 * safe default so a PC without the file starts in training mode. Unknown keys are
 * refused: a typo must not silently fall back to a default.
 */
export const machineConfigSchema = z
  .object({
    mode: z.enum(['training', 'production']).default('training'),
    agencyCode: z
      .string()
      .regex(/^[0-9A-Z]{1,4}(\.[0-9A-Z]{1,4}){2,4}$/, 'agency e-ID code such as H15.50.05.13 or 000.00.12.H29')
      .default('000.00.12.H29'),
    portal: z
      .object({
        baseUrl: z.url({ protocol: /^https?$/ }).optional(),
        timeoutMs: z.number().int().min(500).max(120_000).default(10_000),
        caBundlePath: z.string().min(1).optional(),
        proxy: z.url().optional(),
        dialect: portalDialectSchema.default('onestop'),
        opencps: opencpsSettingsSchema.optional(),
        /** The portal's Ed25519 receipt key (base64 SPKI): audit receipts not signed by it are refused. */
        receiptPublicKey: z
          .string()
          .refine((k) => parseReceiptPublicKey(k) !== null, 'an Ed25519 public key, base64 SPKI (the portal publishes it)')
          .optional(),
      })
      .strict()
      .default({ timeoutMs: 10_000, dialect: 'onestop' }),
    session: z
      .object({
        lockAfterMinutes: z.number().int().min(1).max(120).default(5),
        offlineSignInDays: z.number().int().min(0).max(30).default(7),
      })
      .strict()
      .default({ lockAfterMinutes: 5, offlineSignInDays: 7 }),
    /** Incremental cache pulls: every minute while the counter is open, every 5 minutes otherwise. */
    sync: z
      .object({
        pullSecondsOfficeHours: z.number().int().min(15).max(3600).default(60),
        pullSecondsOtherwise: z.number().int().min(15).max(86_400).default(300),
      })
      .strict()
      .default({ pullSecondsOfficeHours: 60, pullSecondsOtherwise: 300 }),
    retention: z
      .object({ citizenCacheDays: z.number().int().min(1).max(3650).default(90) })
      .strict()
      .default({ citizenCacheDays: 90 }),
    storage: z
      .object({
        /** Encrypt and adopt a plaintext database found in the data folder (a one-off IT step, never the default). */
        adoptPlaintextDatabase: z.boolean().default(false),
      })
      .strict()
      .default({ adoptPlaintextDatabase: false }),
    updates: z.object({ url: z.url({ protocol: /^https?$/ }).optional() }).strict().default({}),
    /** The unit this counter is (Decree 118/2025): shown in the header and on every slip. */
    centre: z
      .object({
        level: centreLevelSchema.default('commune'),
        name: z.string().trim().min(5).max(200).default(TRAINING_CENTRE_NAME),
      })
      .strict()
      .default({ level: 'commune', name: TRAINING_CENTRE_NAME }),
    /**
     * Online-only procedures (Directive 24): a JSON/JSONC file IT keeps, relative to this
     * config file's folder or absolute. Default: the list shipped with the app.
     */
    onlineOnly: catalogueFileSchema,
    /**
     * The units that decide dossiers and which is competent per field and procedure: a
     * JSON/JSONC file IT keeps, as onlineOnly. Default: the catalogue shipped with the app.
     */
    competentUnits: catalogueFileSchema,
    training: z
      .object({
        seed: z.number().int().nonnegative().default(42),
        dossiers: z.number().int().min(100).max(1_000_000).default(3000),
        /** Which API the in-process simulator serves (and the desk speaks) in training. */
        dialect: portalDialectSchema.default('onestop'),
      })
      .strict()
      .default({ seed: 42, dossiers: 3000, dialect: 'onestop' }),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (config.mode === 'production' && !config.portal.baseUrl) {
      ctx.addIssue({ code: 'custom', path: ['portal', 'baseUrl'], message: 'required in production mode' });
    }
    if (config.mode === 'production' && config.portal.dialect === 'opencps' && !config.portal.opencps) {
      ctx.addIssue({ code: 'custom', path: ['portal', 'opencps'], message: 'required when portal.dialect is "opencps" (groupId, actionCodes)' });
    }
    // Tokens, personal data and updates never travel in clear: http only to this PC, and only in training.
    const urls = [
      { path: ['portal', 'baseUrl'], url: config.portal.baseUrl },
      { path: ['updates', 'url'], url: config.updates.url },
    ];
    for (const { path, url } of urls) {
      if (!url || new URL(url).protocol === 'https:') continue;
      const message = config.mode === 'production' ? 'must be https:// in production mode' : 'http:// only to this PC (127.0.0.1, localhost) in training mode';
      if (config.mode === 'production' || !LOOPBACK.has(new URL(url).hostname)) ctx.addIssue({ code: 'custom', path, message });
    }
  });

export type MachineConfig = z.output<typeof machineConfigSchema>;
