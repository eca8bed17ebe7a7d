import { z } from 'zod';
import { linkageStateSchema } from '../domain/linkage-states';
import { defineCall } from './define';

/** What the guidance slip and the confirmation name: when, which state, who gave it, for which unit. */
export const guidanceRecordSchema = z.object({
  recordedAt: z.iso.datetime(),
  state: linkageStateSchema,
  officerId: z.string(),
  officerName: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
});
export type GuidanceRecord = z.infer<typeof guidanceRecordSchema>;

export const guidanceCalls = {
  'guidance.record': defineCall({
    input: z
      .object({
        ref: z.number().int().positive(),
        /** The state the screen showed; refused when the cached facts now decide another. */
        state: linkageStateSchema,
        slipPrinted: z.boolean(),
      })
      .strict(),
    output: guidanceRecordSchema,
    roles: ['officer', 'supervisor'],
    summary: 'Record VNeID guidance given to an applicant at the counter (walk-ins with no dossier); audited.',
  }),
} as const;
