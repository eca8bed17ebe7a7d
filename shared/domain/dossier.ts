import { z } from 'zod';
import { accountKindSchema } from './linkage-facts';
import { actionKindSchema, dossierStatusSchema } from './dossier-status';

/**
 * The dossier as the desk's code sees it (English names, UTC ISO instants). The portal
 * client maps the national wire vocabulary (MaHoSo, TrangThaiHoSo, NgayTiepNhan...) to it.
 */
export const historyActionSchema = z.union([actionKindSchema, z.enum(['submitted_online', 'back_office'])]);
export type HistoryAction = z.infer<typeof historyActionSchema>;

export const dossierHistoryEntrySchema = z.object({
  status: dossierStatusSchema,
  action: historyActionSchema,
  at: z.iso.datetime(),
  officerId: z.string().nullable(),
  note: z.string().nullable(),
});
export type DossierHistoryEntry = z.infer<typeof dossierHistoryEntrySchema>;

export const applicantSchema = z.object({
  kind: accountKindSchema,
  name: z.string().min(1),
  /** CCCD for citizens, passport/e-ID number for foreigners, tax code for organisations. */
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string(),
});
export type Applicant = z.infer<typeof applicantSchema>;

/** An agency as the portal names it: its e-ID agency code and its name (empty when the wire gave none). */
export const unitRefSchema = z.object({ code: z.string(), name: z.string() });
export type UnitRef = z.infer<typeof unitRefSchema>;

export const dossierSchema = z.object({
  code: z.string(),
  /** Bumped by the portal on every status change; actions send the version they expect. */
  version: z.number().int().positive(),
  status: dossierStatusSchema,
  procedure: z.object({ code: z.string(), name: z.string() }),
  field: z.object({ code: z.string(), name: z.string() }),
  /**
   * Two facts since 01/07/2025: the centre that received the dossier (any centre in the
   * province) and the competent unit that decides it (DonViXuLy / govAgencyCode). null when
   * the wire does not say where it was received (older records, OpenCPS).
   */
  receivingCentre: unitRefSchema.nullable(),
  competentUnit: unitRefSchema,
  applicant: applicantSchema,
  summary: z.string(),
  sets: z.number().int().positive(),
  feeVnd: z.number().int().nonnegative(),
  submittedAt: z.iso.datetime(),
  receivedAt: z.iso.datetime().nullable(),
  dueAt: z.iso.datetime().nullable(),
  returnedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  vneidVerified: z.boolean(),
  history: z.array(dossierHistoryEntrySchema),
});
export type Dossier = z.infer<typeof dossierSchema>;
