import { z } from 'zod';

/**
 * What the portal tells us about an applicant's accounts: the input of the pure
 * linkage-state function (shared/domain/linkage.ts). Dates are office-calendar
 * dates (yyyy-MM-dd, Asia/Ho_Chi_Minh).
 */
/**
 * certificate_holder: a person of Vietnamese origin whose nationality is undetermined,
 * holding a giấy chứng nhận căn cước (Identity Law 26/2023) instead of a căn cước card.
 */
export const accountKindSchema = z.enum(['citizen', 'foreigner', 'organisation', 'certificate_holder']);
export type AccountKind = z.infer<typeof accountKindSchema>;

/** Lock reasons under Identity Law Art. 34, mirrored for e-ID by Decree 69/2024. */
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
  /**
   * Organisations only: whether the MPS organisation e-ID account exists (required since
   * 01/07/2025). Null when the portal does not say, which the counter treats as "not yet".
   */
  organisationEid: z.boolean().nullable().default(null),
  /** Foreigners only: the residence card they hold, if any (e-ID levels 1/2 need one). */
  residenceCard: z.enum(['permanent', 'temporary']).nullable().default(null),
  /** Vietnamese minors: whether the child holds a căn cước card (an own e-ID account needs one). */
  hasIdentityCard: z.boolean().nullable().default(null),
});
export type LinkageFacts = z.infer<typeof linkageFactsSchema>;
