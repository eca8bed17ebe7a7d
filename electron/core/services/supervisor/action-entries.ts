import type { SyncState } from '../../../../shared/contract/supervisor';
import { logBookFactsOf, type LogBookFacts } from '../../../../shared/domain/action-kinds';
import { actionKindSchema, type ActionKind } from '../../../../shared/domain/dossier-status';
import { addDays } from '../../../../shared/domain/office-time';
import type { HandlingLogEntry } from '../../../../shared/portal/results';
import type { HandlingLogSource } from './handling-log-source';
import { LINKAGE_STATE_NAMES, linkageStateSchema } from '../../../../shared/domain/linkage-states';
import type { DeskActivityRow, OutboxActionRow, WalkInGuidanceRow } from '../../db/supervisor/unit-facts';

/** One counter action as the handling log book and the report see it. */
export interface ActionEntry {
  readonly dossierCode: string;
  readonly kind: ActionKind;
  readonly officerId: string;
  readonly officerName: string;
  /** UTC ISO instant. */
  readonly at: string;
  readonly sync: SyncState;
  readonly source: 'portal' | 'this_pc';
  readonly note: string | null;
  /** Receiving unit of a forward, when known. */
  readonly forwardedTo: string | null;
  readonly procedureName: string | null;
  readonly applicantName: string | null;
}

export interface CollectedActions {
  readonly entries: readonly ActionEntry[];
  readonly portalReachable: boolean;
  /** The portal error kind when it could not be asked (offline, timeout, unauthorized...). */
  readonly portalError: string | null;
}

export function officeDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

const fromPortal = (e: HandlingLogEntry): ActionEntry => ({
  dossierCode: e.dossierCode,
  kind: e.kind,
  officerId: e.officerId,
  officerName: e.officerName,
  at: e.at,
  sync: 'synced',
  source: 'portal',
  note: e.note,
  forwardedTo: null,
  procedureName: e.procedureName,
  applicantName: e.applicantName,
});

/** What the officer typed, as the kind's declaration shows it in the log book. */
function payloadFacts(kind: ActionKind, payload: string): LogBookFacts {
  try {
    const value: unknown = JSON.parse(payload);
    if (typeof value !== 'object' || value === null) return { note: null, forwardedTo: null };
    if (kind === 'intake') {
      const note = (value as { note?: unknown }).note;
      return { note: typeof note === 'string' ? note : null, forwardedTo: null };
    }
    return logBookFactsOf(kind, { ...value, kind });
  } catch {
    return { note: null, forwardedTo: null };
  }
}

const fromOutbox = (row: OutboxActionRow, names: ReadonlyMap<string, string>): ActionEntry | null => {
  const kind = actionKindSchema.safeParse(row.kind);
  if (!kind.success || row.state === 'withdrawn') return null;
  const facts = payloadFacts(kind.data, row.payload);
  return {
    dossierCode: row.dossier_code,
    kind: kind.data,
    officerId: row.officer_id,
    officerName: names.get(row.officer_id) ?? row.officer_id,
    at: row.created_at,
    sync: row.state === 'delivered' ? 'synced' : row.state,
    source: 'this_pc',
    note: facts.note,
    forwardedTo: facts.forwardedTo,
    procedureName: null,
    applicantName: null,
  };
};

/** The name of the state a guidance audit row recorded (its detail is JSON), or null. */
function stateNameOf(detail: string): string | null {
  try {
    const parsed = linkageStateSchema.safeParse((JSON.parse(detail) as { state?: unknown }).state);
    return parsed.success ? LINKAGE_STATE_NAMES[parsed.data].vi : null;
  } catch {
    return null;
  }
}

/** Guidance to a walk-in: no dossier, never sent; the note names the state and the masked ID. */
const fromWalkIn = (row: WalkInGuidanceRow, names: ReadonlyMap<string, string>): ActionEntry => {
  const state = stateNameOf(row.detail);
  return {
    dossierCode: '',
    kind: 'vneid_guidance',
    officerId: row.officer_id,
    officerName: names.get(row.officer_id) ?? row.officer_id,
    at: row.at,
    sync: 'local_only',
    source: 'this_pc',
    note: [WALK_IN_NOTE, state, row.subject].filter((part): part is string => Boolean(part)).join(' — '),
    forwardedTo: null,
    procedureName: null,
    applicantName: null,
  };
};
const WALK_IN_NOTE = 'Hướng dẫn VNeID tại quầy, không kèm hồ sơ';

/** Work recorded without a dossier (assisted online filing): counted as this desk's, never sent. */
const fromDesk = (row: DeskActivityRow, names: ReadonlyMap<string, string>): ActionEntry | null => {
  const kind = actionKindSchema.safeParse(row.kind);
  if (!kind.success) return null;
  return {
    dossierCode: '',
    kind: kind.data,
    officerId: row.officer_id,
    officerName: names.get(row.officer_id) ?? row.officer_id,
    at: row.created_at,
    sync: 'local_only',
    source: 'this_pc',
    note: payloadFacts(kind.data, row.payload).note,
    forwardedTo: null,
    procedureName: row.procedure_name,
    applicantName: row.applicant_name,
  };
};

/**
 * The range's actions: the portal's handling log (every PC's delivered actions) plus
 * this PC's actions the portal does not have yet. If any day cannot be fetched the
 * portal part is dropped and this PC's own delivered actions stand in for it, so no
 * action is counted twice and the caller can say other counters may be missing.
 */
export async function collectActions(
  source: HandlingLogSource | null,
  range: { from: string; to: string },
  outboxRows: readonly OutboxActionRow[],
  walkIns: readonly WalkInGuidanceRow[] = [],
  deskRows: readonly DeskActivityRow[] = [],
): Promise<CollectedActions> {
  const portal: HandlingLogEntry[] = [];
  let portalError: string | null = source ? null : 'unauthorized';
  if (source) {
    for (const day of officeDays(range.from, range.to)) {
      let result: Awaited<ReturnType<HandlingLogSource['handlingLog']>>;
      try {
        result = await source.handlingLog(day);
      } catch {
        result = { ok: false, error: { kind: 'offline', message: 'handling log failed', cause: null } };
      }
      if (!result.ok) {
        portalError = result.error.kind;
        break;
      }
      portal.push(...result.value.entries);
    }
  }
  const reachable = portalError === null;
  const names = new Map(portal.map((e) => [e.officerId, e.officerName]));
  const local = outboxRows
    .filter((r) => (reachable ? r.state !== 'delivered' : true))
    .map((r) => fromOutbox(r, names))
    .filter((e): e is ActionEntry => e !== null);
  // The portal never hears of these (guidance to a walk-in, work without a dossier): they count
  // from this PC's own records, whether or not it answered.
  local.push(...walkIns.map((r) => fromWalkIn(r, names)), ...deskRows.map((r) => fromDesk(r, names)).filter((e): e is ActionEntry => e !== null));
  const entries = [...(reachable ? portal.map(fromPortal) : []), ...local].sort((a, b) =>
    a.at === b.at ? a.dossierCode.localeCompare(b.dossierCode) : a.at < b.at ? -1 : 1,
  );
  return { entries, portalReachable: reachable, portalError };
}
