import { z } from 'zod';
import { accountKindSchema, linkageFactsSchema } from './linkage-facts';

/**
 * An applicant as the desk's code sees it. `linkage` is exactly what the linkage-state
 * function needs; the other fields are for display and search.
 */
export const citizenSchema = z.object({
  idNumber: z.string().min(1),
  kind: accountKindSchema,
  fullName: z.string().min(1),
  /** yyyy-MM-dd; null for organisations. */
  birthDate: z.iso.date().nullable(),
  gender: z.enum(['male', 'female']).nullable(),
  /** ISO 3166-1 alpha-2, VN for Vietnamese citizens. */
  nationality: z.string().length(2),
  address: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
  linkage: linkageFactsSchema,
});
export type Citizen = z.infer<typeof citizenSchema>;
