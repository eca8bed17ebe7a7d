import { z } from 'zod';

/**
 * What the portal tells us about an applicant's accounts: the input of the pure
 * linkage-state function (shared/domain/linkage.ts). Dates are office-calendar
 * dates (yyyy-MM-dd, Asia/Ho_Chi_Minh).
 */
export const accountKindSchema = z.enum(['citizen', 'foreigner', 'organisation']);
export type AccountKind = z.infer<typeof accountKindSchema>;

/** Lock reasons under Decree 59/2022 and 69/2024. */
export const lockReasonSchema = z.enum([
  'holder_request',
  'terms_breach',
  'card_revoked',
  'card_expired',
  'deceased',
  'authority_request',
]);
export type LockReason = z.infer<typeof lockReasonSchema>;

export const guardianSchema = z.object({
  name: z.string().min(1),
  idNumber: z.string().regex(/^\d{12}$/).nullable(),
  relation: z.string().min(1).nullable(),
});
export type Guardian = z.infer<typeof guardianSchema>;

export const linkageFactsSchema = z.object({
  accountKind: accountKindSchema,
  /** Null for organisations. */
  birthDate: z.iso.date().nullable(),
  underGuardianship: z.boolean(),
  /** none: no portal account; legacy: old portal account not verified with VNeID; vneid: verified. */
  portalAccount: z.enum(['none', 'legacy', 'vneid']),
  /** VNeID e-ID level when the person has a VNeID account. */
  vneidLevel: z.union([z.literal(1), z.literal(2)]).nullable(),
  lock: z.object({ reason: lockReasonSchema, since: z.iso.date().nullable() }).nullable(),
  guardian: guardianSchema.nullable(),
});
export type LinkageFacts = z.infer<typeof linkageFactsSchema>;
