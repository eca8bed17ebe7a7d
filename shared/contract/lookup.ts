import { z } from 'zod';
import { citizenSchema } from '../domain/citizen';
import { applicantSchema, dossierSchema } from '../domain/dossier';
import { guardianSchema, linkageFactsSchema } from '../domain/linkage-facts';
import { linkageStateSchema } from '../domain/linkage-states';
import { MASK } from '../privacy';
import { dossierStatusSchema } from '../domain/dossier-status';
import { openOutboxStateSchema } from '../domain/outbox-states';
import { localizedTextSchema } from '../validation';
import { defineCall } from './define';
import { COUNTER_STAFF } from './roles';


export const searchFiltersSchema = z
  .object({
    statuses: z.array(dossierStatusSchema).max(10).optional(),
    fieldCode: z.string().max(20).optional(),
    procedureCode: z.string().max(40).optional(),
    receivedFrom: z.iso.date().optional(),
    receivedTo: z.iso.date().optional(),
    dueToday: z.boolean().optional(),
    overdue: z.boolean().optional(),
  })
  .strict();
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export const timelinessSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('early'), days: z.number().int() }),
  z.object({ kind: z.literal('on_time') }),
  z.object({ kind: z.literal('late'), days: z.number().int() }),
  z.object({ kind: z.literal('not_due'), days: z.number().int() }),
  z.object({ kind: z.literal('due_today') }),
  z.object({ kind: z.literal('overdue'), days: z.number().int() }),
  z.object({ kind: z.literal('no_due_date') }),
]);
export type Timeliness = z.infer<typeof timelinessSchema>;

/** One line of the results list: only what the list shows; the ID is masked. */
export const dossierRowSchema = z.object({
  code: z.string(),
  applicantName: z.string(),
  applicantIdMasked: z.string().nullable(),
  citizenRef: z.number().int().nullable(),
  procedureName: z.string(),
  fieldName: z.string(),
  /** Birth year and commune of the applicant's cached citizen record (null when none): namesakes apart. */
  applicantBirthYear: z.number().int().nullable(),
  applicantCommune: z.string().nullable(),
  /** The applicant's VNeID state decided from their cached record (null when none is cached). */
  applicantLinkage: linkageStateSchema.nullable(),
  status: dossierStatusSchema,
  receivedAt: z.iso.datetime().nullable(),
  dueAt: z.iso.datetime().nullable(),
  timeliness: timelinessSchema,
  pendingActions: z.number().int().nonnegative(),
});
export type DossierRow = z.infer<typeof dossierRowSchema>;

export const citizenSummarySchema = z.object({
  ref: z.number().int(),
  fullName: z.string(),
  idNumberMasked: z.string(),
  birthDate: z.iso.date().nullable(),
  kind: citizenSchema.shape.kind,
});
export type CitizenSummary = z.infer<typeof citizenSummarySchema>;

export const recognisedKindSchema = z.enum([
  'empty', 'dossierCode', 'idNumber', 'oldIdNumber', 'chipQr', 'chipQrInvalid', 'phone', 'passport', 'taxCode', 'name', 'unrecognised',
]);

export const freshnessSchema = z.object({
  /** Last successful refresh from the portal (UTC ISO), or null before the first import. */
  refreshedAt: z.iso.datetime().nullable(),
  dossiers: z.number().int().nonnegative(),
  citizens: z.number().int().nonnegative(),
});
export type Freshness = z.infer<typeof freshnessSchema>;

export const searchResultSchema = z.object({
  recognised: recognisedKindSchema,
  /** A message for the officer (e.g. unreadable chip-card QR), in both languages. */
  message: localizedTextSchema.nullable(),
  /** The person the input identified (ID number, chip-card QR, exact phone), if cached. */
  citizen: citizenSummarySchema.nullable(),
  /** For a dossier code: the exact dossier to open at once. */
  exactDossier: z.string().nullable(),
  dossiers: z.array(dossierRowSchema),
  freshness: freshnessSchema,
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/** A personal value as the contract carries it: masked (full values only through citizen.reveal). */
const maskedSchema = z.string().refine((value) => value === '' || value.includes(MASK), { message: 'personal value must be masked' });

/** The applicant of a dossier with ID, phone and e-mail masked. */
export const maskedApplicantSchema = applicantSchema.extend({
  idNumber: maskedSchema.nullable(),
  phone: maskedSchema.nullable(),
  email: maskedSchema.nullable(),
});

/** One of this PC's actions on a dossier that the portal has not confirmed yet. */
export const unconfirmedActionSchema = z.object({
  seq: z.number().int(),
  kind: z.string(),
  state: openOutboxStateSchema,
  createdAt: z.iso.datetime(),
  officerId: z.string(),
});
export type UnconfirmedAction = z.infer<typeof unconfirmedActionSchema>;

export const dossierDetailSchema = z.object({
  dossier: dossierSchema.extend({ applicant: maskedApplicantSchema }),
  /** The status with this PC's waiting actions applied (what the officer acts on). */
  projectedStatus: dossierStatusSchema,
  /** This PC's actions on the dossier not yet confirmed by the portal, oldest first. */
  pending: z.array(unconfirmedActionSchema),
  applicantIdMasked: z.string().nullable(),
  citizenRef: z.number().int().nullable(),
  /** The applicant's VNeID state decided from their cached record (null when none is cached). */
  applicantLinkage: linkageStateSchema.nullable(),
  timeliness: timelinessSchema,
  procedure: z.object({ workingDays: z.number().int().nullable(), feeVnd: z.number().int().nullable() }),
  freshness: freshnessSchema,
});
export type DossierDetail = z.infer<typeof dossierDetailSchema>;

export const citizenDetailSchema = z.object({
  ref: z.number().int(),
  citizen: citizenSchema.omit({ idNumber: true, phone: true }).extend({
    email: maskedSchema.nullable(),
    linkage: linkageFactsSchema.extend({ guardian: guardianSchema.extend({ idNumber: maskedSchema.nullable() }).nullable() }),
  }),
  idNumberMasked: z.string(),
  phoneMasked: z.string().nullable(),
  ageToday: z.number().int().nullable(),
  officeToday: z.iso.date(),
  dossiers: z.array(dossierRowSchema),
  freshness: freshnessSchema,
});
export type CitizenDetail = z.infer<typeof citizenDetailSchema>;

/** Asking the portal for a code or ID the cache does not have (online only). */
export const fetchMissSchema = z.object({
  outcome: z.enum(['fetched', 'not_on_portal', 'offline', 'not_fetchable']),
  /** When it was fetched and cached (UTC ISO): the screen marks it "fetched now". */
  fetchedAt: z.iso.datetime().nullable(),
  dossierCode: z.string().nullable(),
  citizenRef: z.number().int().nullable(),
  message: localizedTextSchema,
});
export type FetchMiss = z.infer<typeof fetchMissSchema>;

export const lookupCalls = {
  'lookup.search': defineCall({
    input: z.object({
      text: z.string().max(2000),
      filters: searchFiltersSchema.default({}),
      limit: z.number().int().min(1).max(500).default(50),
    }).strict(),
    output: searchResultSchema,
    roles: COUNTER_STAFF,
    summary: 'Recognise what was typed or scanned and find dossiers/citizens in the local cache.',
  }),
  'lookup.fetch': defineCall({
    input: z.object({ text: z.string().trim().min(1).max(2000) }).strict(),
    output: fetchMissSchema,
    roles: COUNTER_STAFF,
    summary: 'A dossier code, ID number, passport number or tax/enterprise code not in the cache: fetch it from the portal now and cache it.',
  }),
  'dossier.get': defineCall({
    input: z.object({ code: z.string().min(1).max(80) }).strict(),
    output: dossierDetailSchema,
    roles: COUNTER_STAFF,
    summary: 'One dossier from the cache, with timeliness; the applicant masked; audited as a view.',
  }),
  'citizen.get': defineCall({
    input: z.object({ ref: z.number().int().positive() }).strict(),
    output: citizenDetailSchema,
    roles: COUNTER_STAFF,
    summary: 'One applicant (ID, phone, e-mail masked) with their dossiers; audited as a view.',
  }),
  'citizen.find': defineCall({
    input: z.object({ identifier: z.string().trim().min(1).max(40) }).strict(),
    output: citizenDetailSchema,
    roles: COUNTER_STAFF,
    summary: 'One applicant by ID number, passport number or tax/enterprise code (same answer as citizen.get).',
  }),
} as const;
