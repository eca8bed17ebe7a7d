import { z } from 'zod';
import { defineCall } from './define';
import { COUNTER_STAFF } from './roles';

export const revealedCitizenSchema = z.object({
  ref: z.number().int(),
  fullName: z.string(),
  idNumber: z.string(),
  phone: z.string().nullable(),
});
export type RevealedCitizen = z.infer<typeof revealedCitizenSchema>;

export const privacyCalls = {
  'citizen.reveal': defineCall({
    input: z.object({ ref: z.number().int().positive(), reason: z.string().trim().min(5).max(500) }).strict(),
    output: revealedCitizenSchema,
    roles: COUNTER_STAFF,
    summary: 'Show an applicant\'s full ID and phone numbers, for a stated reason; audited.',
  }),
} as const;
