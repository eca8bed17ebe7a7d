import { z } from 'zod';
import { defineCall } from './define';

export const revealedCitizenSchema = z.object({
  ref: z.number().int(),
  fullName: z.string(),
  idNumber: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type RevealedCitizen = z.infer<typeof revealedCitizenSchema>;

export const privacyCalls = {
  'citizen.reveal': defineCall({
    input: z.object({ ref: z.number().int().positive(), reason: z.string().trim().min(5).max(500) }).strict(),
    output: revealedCitizenSchema,
    roles: ['officer', 'supervisor'],
    summary: 'Show an applicant\'s full ID, phone and e-mail, for a stated reason; audited.',
  }),
} as const;
