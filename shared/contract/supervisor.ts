import { z } from 'zod';
import { actionKindSchema } from '../domain/dossier-status';
import { checkRange } from '../domain/office-range';
import { openOutboxStateSchema } from '../domain/outbox-states';
import { localizedTextSchema } from '../validation';
import { defineCall } from './define';
import { SUPERVISORS } from './roles';


/** An inclusive range of office days (Asia/Ho_Chi_Minh), ISO yyyy-MM-dd. */
export const officeRangeSchema = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .strict()
  .superRefine(checkRange);
export type OfficeRange = z.infer<typeof officeRangeSchema>;

/** Where an action stands: delivered to the portal, or still on this PC. */
export const syncStateSchema = z.enum(['synced', 'waiting', 'sending', 'conflict', 'rejected']);
export type SyncState = z.infer<typeof syncStateSchema>;

const countsByKind = z.record(actionKindSchema, z.number().int().nonnegative());

export const officerActivitySchema = z.object({
  officerId: z.string(),
  officerName: z.string(),
  counts: countsByKind,
  total: z.number().int().nonnegative(),
});

export const pendingActionSchema = z.object({
  seq: z.number().int(),
  kind: actionKindSchema,
  dossierCode: z.string(),
  officerId: z.string(),
  state: openOutboxStateSchema,
  createdAt: z.iso.datetime(),
  /** Why it failed (conflict/rejected), or the last retry error. */
  reason: localizedTextSchema.nullable(),
});
export type PendingAction = z.infer<typeof pendingActionSchema>;

export const auditChainStatusSchema = z.object({
  head: z.object({ seq: z.number().int().nonnegative(), hash: z.string() }),
  ok: z.boolean(),
  rows: z.number().int().nonnegative(),
  /** The first row that breaks the chain when `ok` is false. */
  firstBadSeq: z.number().int().nullable(),
});
export type AuditChainStatus = z.infer<typeof auditChainStatusSchema>;

export const supervisorReportSchema = z.object({
  range: z.object({ from: z.iso.date(), to: z.iso.date() }),
  generatedAt: z.iso.datetime(),
  /** The office day "due today" and "overdue" are counted on. */
  today: z.iso.date(),
  portalReachable: z.boolean(),
  /** Set when the portal could not be asked: the figures use this PC's data only. */
  notice: localizedTextSchema.nullable(),
  officers: z.array(officerActivitySchema),
  actionTotals: countsByKind,
  dossiers: z.object({
    received: z.number().int().nonnegative(),
    returned: z.number().int().nonnegative(),
    dueToday: z.number().int().nonnegative(),
    overdue: z.number().int().nonnegative(),
  }),
  /** Dossiers returned in the range, against their appointment date. */
  timeliness: z.object({
    early: z.number().int().nonnegative(),
    onTime: z.number().int().nonnegative(),
    late: z.number().int().nonnegative(),
  }),
  /**
   * Actions not yet accepted by the portal. The portal only knows delivered actions, so
   * this lists this PC's outbox; other PCs' open actions show up once they deliver.
   */
  pending: z.object({
    scope: z.literal('this_pc'),
    counts: z.object({
      waiting: z.number().int().nonnegative(),
      sending: z.number().int().nonnegative(),
      conflict: z.number().int().nonnegative(),
      rejected: z.number().int().nonnegative(),
    }),
    items: z.array(pendingActionSchema),
  }),
});
export type SupervisorReport = z.infer<typeof supervisorReportSchema>;

export const exportFormatSchema = z.enum(['xlsx', 'csv', 'pdf']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const exportRequestSchema = z
  .object({ from: z.iso.date(), to: z.iso.date(), format: exportFormatSchema })
  .strict()
  .superRefine(checkRange);
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const exportResultSchema = z.object({
  fileName: z.string(),
  /** Absolute path of the file, inside the data folder's exports/ directory. */
  path: z.string(),
  format: exportFormatSchema,
  bytes: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  /** Rows recorded on this PC and not yet accepted by the portal. */
  unsyncedRows: z.number().int().nonnegative(),
  portalReachable: z.boolean(),
  audit: auditChainStatusSchema,
});
export type ExportResult = z.infer<typeof exportResultSchema>;

export const supervisorCalls = {
  'supervisor.report': defineCall({
    input: officeRangeSchema,
    output: supervisorReportSchema,
    roles: SUPERVISORS,
    summary: "The unit's work for an office day or range: per officer, dossiers, timeliness, unsynced actions.",
  }),
  'export.handlingLog': defineCall({
    input: exportRequestSchema,
    output: exportResultSchema,
    roles: SUPERVISORS,
    summary: 'Export the handling log book (sổ theo dõi hồ sơ) for a range as XLSX, CSV or PDF; audited.',
  }),
} as const;
