import { z } from 'zod';
import { actionKindSchema } from '../domain/dossier-status';
import { checkRange } from '../domain/office-range';
import { openOutboxStateSchema } from '../domain/outbox-states';
import { localizedTextSchema } from '../validation';
import { dossierRowSchema } from './lookup';
import { defineCall } from './define';
import { SUPERVISORS } from './roles';


/** An inclusive range of office days (Asia/Ho_Chi_Minh), ISO yyyy-MM-dd. */
export const officeRangeSchema = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .strict()
  .superRefine(checkRange);
export type OfficeRange = z.infer<typeof officeRangeSchema>;

/** Where an action stands: delivered to the portal, or still on this PC. */
/**
 * local_only: kept on this PC and never sent, because there is no dossier to send it on: VNeID
 * guidance to a walk-in (from the audit log) and assisted online filing after a refused intake.
 */
export const syncStateSchema = z.enum(['synced', 'waiting', 'sending', 'conflict', 'rejected', 'local_only']);
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

/**
 * Whose word the audit check rests on: the portal's receipts for this PC, the signed receipts
 * stored here (portal unreachable, or nobody signed in to ask it), none (an OpenCPS portal has
 * nowhere to anchor, or no portal key is pinned).
 */
export const witnessSourceSchema = z.enum(['portal', 'stored_unreachable', 'stored_not_signed_in', 'unavailable_dialect', 'no_key']);
/** mismatch: rewritten; missing_row: cut; forged: not the portal's signature; unknown_to_portal: re-pinned here. */
export const witnessProblemSchema = z.enum(['mismatch', 'missing_row', 'forged', 'unknown_to_portal']);
export const auditWitnessSchema = z.object({
  source: witnessSourceSchema,
  receipts: z.number().int().nonnegative(),
  anchoredSeq: z.number().int().nonnegative(),
  unanchoredRows: z.number().int().nonnegative(),
  problems: z.array(z.object({ seq: z.number().int(), problem: witnessProblemSchema, receiptId: z.string() })),
});
export type AuditWitness = z.infer<typeof auditWitnessSchema>;

export const auditChainStatusSchema = z.object({
  head: z.object({ seq: z.number().int().nonnegative(), hash: z.string() }),
  /** The chain links and hashes, and the portal's witness (when asked) found nothing wrong. */
  ok: z.boolean(),
  rows: z.number().int().nonnegative(),
  /** The first row that breaks the chain when `ok` is false. */
  firstBadSeq: z.number().int().nullable(),
  /** The check against the portal's receipts; null when it was not made. */
  witness: auditWitnessSchema.nullable(),
});
export type AuditChainStatus = z.infer<typeof auditChainStatusSchema>;

/** The report's dossier tiles; each opens the list of exactly the dossiers it counts. */
export const dossierTileSchema = z.enum(['received', 'returned', 'dueToday', 'overdue']);
export type DossierTile = z.infer<typeof dossierTileSchema>;

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
  /** Of actionTotals.vneid_guidance: guidance given to walk-ins with no dossier (audited on this PC). */
  walkInGuidance: z.number().int().nonnegative(),
  dossiers: z.object({
    received: z.number().int().nonnegative(),
    returned: z.number().int().nonnegative(),
    dueToday: z.number().int().nonnegative(),
    overdue: z.number().int().nonnegative(),
  }),
  /**
   * Dossiers received in the range by where they were received and who decides them
   * (names, or codes where the portal gave none; null: an older record that does not say).
   */
  receivedByUnit: z.array(
    z.object({ receivingCentre: z.string().nullable(), competentUnit: z.string(), received: z.number().int().positive() }),
  ),
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

export const tileListRequestSchema = z
  .object({ from: z.iso.date(), to: z.iso.date(), tile: dossierTileSchema })
  .strict()
  .superRefine(checkRange);
export type TileListRequest = z.infer<typeof tileListRequestSchema>;

/** Most rows a tile's list carries; `total` is the tile's number even when the list stops here. */
export const TILE_LIST_LIMIT = 5000;

export const tileListSchema = z.object({
  tile: dossierTileSchema,
  today: z.iso.date(),
  total: z.number().int().nonnegative(),
  dossiers: z.array(dossierRowSchema).max(TILE_LIST_LIMIT),
});
export type TileList = z.infer<typeof tileListSchema>;

export const exportFormatSchema = z.enum(['xlsx', 'csv', 'pdf']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const exportRequestSchema = z
  .object({ from: z.iso.date(), to: z.iso.date(), format: exportFormatSchema })
  .strict()
  .superRefine(checkRange);
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const exportResultSchema = z.object({
  fileName: z.string(),
  /** Absolute path of the file, where the supervisor chose to save it (never the data folder). */
  path: z.string(),
  format: exportFormatSchema,
  bytes: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  /** Rows recorded on this PC and not yet accepted by the portal. */
  unsyncedRows: z.number().int().nonnegative(),
  portalReachable: z.boolean(),
  /** Why the portal's handling log is not in the file (unreachable, or the office's system keeps none). */
  portalNotice: localizedTextSchema.nullable(),
  audit: auditChainStatusSchema,
});
export type ExportResult = z.infer<typeof exportResultSchema>;

/** The app asks where to save (a save dialog); the supervisor may cancel, and nothing is written. */
export const exportOutcomeSchema = z.discriminatedUnion('saved', [
  exportResultSchema.extend({ saved: z.literal(true) }),
  z.object({ saved: z.literal(false) }),
]);
export type ExportOutcome = z.infer<typeof exportOutcomeSchema>;

export const supervisorCalls = {
  'supervisor.report': defineCall({
    input: officeRangeSchema,
    output: supervisorReportSchema,
    roles: SUPERVISORS,
    summary: "The unit's work for an office day or range: per officer, dossiers, timeliness, unsynced actions.",
  }),
  'supervisor.tileList': defineCall({
    input: tileListRequestSchema,
    output: tileListSchema,
    roles: SUPERVISORS,
    summary: "The dossiers behind one tile of the report (received, returned, due today, overdue), by the same definition as its count.",
  }),
  'export.handlingLog': defineCall({
    input: exportRequestSchema,
    output: exportOutcomeSchema,
    roles: SUPERVISORS,
    summary: 'Export the handling log book (sổ theo dõi hồ sơ) for a range as XLSX, CSV or PDF, saved where the supervisor chooses (a save dialog); audited.',
  }),
  'export.open': defineCall({
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: z.object({ opened: z.literal(true) }),
    roles: SUPERVISORS,
    summary: 'Open a file this session exported, with the program the PC uses for it (no other path is opened).',
  }),
} as const;
