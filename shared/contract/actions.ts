import { z } from 'zod';
import { accountKindSchema } from '../domain/linkage-facts';
import { localizedTextSchema } from '../validation';
import { counterActionSchema } from '../domain/action-kinds';
import { outboxStateSchema } from '../domain/outbox-states';
import { defineCall } from './define';
import { COUNTER_STAFF } from './roles';
import { requiredText } from '../domain/blank';

const text = requiredText;
const optionalNote = text(2000).optional();

export { counterActionSchema, type CounterAction } from '../domain/action-kinds';

export const intakeSchema = z
  .object({
    procedureCode: text(40),
    /** The unit that will decide (shared/domain/competent-units); the procedure's usual unit when absent. */
    competentUnitCode: text(64).optional(),
    applicant: z
      .object({
        kind: accountKindSchema,
        name: text(200),
        idNumber: z.string().trim().max(20).nullable(),
        phone: z.string().trim().max(20).nullable(),
        email: z.string().trim().max(200).nullable(),
        address: text(500),
        /** yyyy-MM-dd, typed at the counter as dd/MM/yyyy (checkBirthDate). */
        birthDate: z.iso.date().nullable().optional(),
      })
      .strict(),
    summary: text(2000),
    documents: z.array(text(300)).min(1).max(50),
    sets: z.number().int().min(1).max(99),
    vneidVerified: z.boolean(),
    note: optionalNote,
  })
  .strict();
export type Intake = z.infer<typeof intakeSchema>;

export { outboxStateSchema, type OutboxStateName } from '../domain/outbox-states';

export const outboxErrorSchema = z.object({
  /** Structured: the reason code (shared/domain/queue-reasons) and its parameters. */
  code: z.string(),
  params: z.object({ status: z.number().int().optional(), officerId: z.string().optional() }).optional(),
  /** In the officer's words, both languages. */
  message: localizedTextSchema,
  /** What the portal itself said (technical, untranslated), when anything. */
  detail: z.string().max(2000).nullable().optional(),
  currentVersion: z.number().int().nullable().optional(),
});
export type OutboxError = z.infer<typeof outboxErrorSchema>;

export const queuedActionSchema = z.object({
  seq: z.number().int(),
  kind: z.string(),
  dossierCode: z.string(),
  officerId: z.string(),
  state: outboxStateSchema,
  attempts: z.number().int(),
  createdAt: z.iso.datetime(),
  deliveredAt: z.iso.datetime().nullable(),
  nextAttemptAt: z.iso.datetime().nullable(),
  lastError: outboxErrorSchema.nullable(),
  payload: z.record(z.string(), z.unknown()),
});
export type QueuedAction = z.infer<typeof queuedActionSchema>;

export const queuedActionDetailSchema = queuedActionSchema.extend({
  history: z.array(z.object({ at: z.iso.datetime(), event: z.string(), detail: z.unknown() })),
});

export const recordResultSchema = z.object({
  seq: z.number().int(),
  dossierCode: z.string(),
  projectedStatus: z.number().int().min(1).max(10),
  dueAt: z.iso.datetime().nullable(),
});
export type RecordResult = z.infer<typeof recordResultSchema>;

/**
 * Assisted online filing after a refused paper intake: no dossier exists yet, so it is
 * recorded on this desk (audited, counted by the report and the log book), never queued.
 */
export const assistedFilingSchema = z
  .object({
    procedureCode: text(40),
    applicantName: text(200),
    /** The applicant's ID, passport or tax code when given: a data-subject request finds the record by it. */
    applicantIdNumber: z.string().trim().min(1).max(20).optional(),
    action: counterActionSchema.refine((a) => a.kind === 'assisted_online_filing', {
      message: 'Only assisted online filing is recorded without a dossier.',
    }),
  })
  .strict();
export type AssistedFiling = z.infer<typeof assistedFilingSchema>;
export const assistedFilingResultSchema = z.object({ id: z.number().int().positive(), at: z.iso.datetime() });


export const actionCalls = {
  'action.record': defineCall({
    input: z.object({ dossierCode: z.string().min(1).max(80), action: counterActionSchema }).strict(),
    output: recordResultSchema,
    roles: COUNTER_STAFF,
    summary: 'Record a counter action: checked locally, queued durably, delivered exactly once.',
  }),
  'action.intake': defineCall({
    input: intakeSchema,
    output: recordResultSchema,
    roles: COUNTER_STAFF,
    summary: 'Receive a new dossier; offline it gets a provisional TMP number.',
  }),
  'action.assistedFiling': defineCall({
    input: assistedFilingSchema,
    output: assistedFilingResultSchema,
    roles: COUNTER_STAFF,
    summary: 'Record assisted online filing of a refused paper intake (no dossier yet): audited and counted on this desk, not sent.',
  }),
  'queue.list': defineCall({
    input: z.object({ state: outboxStateSchema.optional(), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.array(queuedActionSchema),
    roles: COUNTER_STAFF,
    summary: 'This PC\'s queued actions, newest first.',
  }),
  'queue.get': defineCall({
    input: z.object({ seq: z.number().int().positive() }).strict(),
    output: queuedActionDetailSchema,
    roles: COUNTER_STAFF,
    summary: 'One queued action with its history.',
  }),
  'queue.retryNow': defineCall({
    input: z.object({ seq: z.number().int().positive().optional() }).strict(),
    output: z.object({ started: z.boolean() }),
    roles: COUNTER_STAFF,
    summary: 'Send waiting actions now instead of after the back-off.',
  }),
  'queue.withdraw': defineCall({
    input: z.object({ seq: z.number().int().positive(), reason: text(500) }).strict(),
    output: queuedActionSchema,
    roles: COUNTER_STAFF,
    summary: 'Withdraw a failed (conflict/rejected) or waiting action, with a reason; it is kept, never deleted.',
  }),
  'queue.reapply': defineCall({
    input: z.object({ seq: z.number().int().positive(), action: counterActionSchema.optional() }).strict(),
    output: queuedActionSchema,
    roles: COUNTER_STAFF,
    summary: 'Re-apply a conflicted action on the latest version, or resubmit a corrected rejected one.',
  }),
  'queue.correctionDraft': defineCall({
    input: z.object({ seq: z.number().int().positive() }).strict(),
    output: z.object({ seq: z.number().int(), dossierCode: z.string(), intake: intakeSchema }),
    roles: COUNTER_STAFF,
    summary: 'What a rejected intake sent, unmasked, to correct it; audited as a reveal.',
  }),
  'queue.resendIntake': defineCall({
    input: z.object({ seq: z.number().int().positive(), intake: intakeSchema }).strict(),
    output: recordResultSchema,
    roles: COUNTER_STAFF,
    summary: 'Correct and resend a rejected intake: the corrected one is queued and the rejected one superseded, in one step.',
  }),
} as const;
