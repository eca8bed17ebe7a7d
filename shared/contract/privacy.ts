import { z } from 'zod';
import { dossierStatusSchema } from '../domain/dossier-status';
import { localizedTextSchema } from '../validation';
import { defineCall } from './define';
import { COUNTER_STAFF } from './roles';

export const revealedCitizenSchema = z.object({
  ref: z.number().int(),
  fullName: z.string(),
  idNumber: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type RevealedCitizen = z.infer<typeof revealedCitizenSchema>;

/** Why the desk itself reveals an applicant's full ID and phone: the purpose the audit records. */
export const REVEAL_PURPOSES = {
  intakeFromCache: 'Tiếp nhận hồ sơ: điền số giấy tờ và số điện thoại của người nộp đã có trên máy',
  intakeCorrection: 'Sửa và gửi lại hồ sơ tiếp nhận bị Cổng từ chối',
} as const;

/** A data-subject request (Law 91/2025/QH15): one person by ID number, passport number or tax code. */
const subjectInput = z.object({ identifier: z.string().trim().min(6).max(40) }).strict();

/** Everything this PC caches about one person; identifiers masked. */
export const subjectReportSchema = z.object({
  identifierMasked: z.string(),
  citizen: z.object({ ref: z.number().int(), fullName: z.string(), kind: z.string() }).nullable(),
  dossiers: z.array(z.object({ code: z.string(), procedureName: z.string(), status: dossierStatusSchema, receivedAt: z.string().nullable() })),
  outbox: z.array(z.object({ seq: z.number().int(), kind: z.string(), dossierCode: z.string(), state: z.string(), createdAt: z.string(), sent: z.boolean() })),
  audit: z.array(z.object({ seq: z.number().int(), at: z.string(), action: z.string(), officerId: z.string() })),
  /** Counter work recorded without a dossier (assisted online filing) under this identifier. */
  deskActivity: z.array(z.object({ id: z.number().int(), kind: z.string(), createdAt: z.string(), procedureName: z.string() })),
  /** What erasure cannot remove, and why. */
  kept: z.array(localizedTextSchema),
});
export type SubjectReport = z.infer<typeof subjectReportSchema>;

export const subjectErasureSchema = z.object({
  identifierMasked: z.string(),
  erased: z.object({ citizen: z.number().int(), dossiers: z.number().int(), outboxRedacted: z.number().int(), deskActivityRedacted: z.number().int() }),
  kept: z.array(localizedTextSchema),
});
export type SubjectErasure = z.infer<typeof subjectErasureSchema>;

export const privacyCalls = {
  'citizen.reveal': defineCall({
    input: z.object({ ref: z.number().int().positive(), reason: z.string().trim().min(5).max(500) }).strict(),
    output: revealedCitizenSchema,
    roles: COUNTER_STAFF,
    summary: 'Show an applicant\'s full ID, phone and e-mail, for a stated reason; audited.',
  }),
  'subject.list': defineCall({
    input: subjectInput,
    output: subjectReportSchema,
    roles: ['supervisor'],
    summary: 'Data-subject request: everything cached about one person (citizen row, dossiers, outbox, audit); audited.',
  }),
  'subject.erase': defineCall({
    input: subjectInput.extend({ reason: z.string().trim().min(5).max(500) }).strict(),
    output: subjectErasureSchema,
    roles: ['supervisor'],
    summary: 'Data-subject request: erase one person from the cache and redact their queued payloads; audited.',
  }),
} as const;
