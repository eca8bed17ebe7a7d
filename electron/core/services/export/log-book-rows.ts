import type { SyncState } from '../../../../shared/contract/supervisor';
import type { ActionKind } from '../../../../shared/domain/dossier-status';
import type { ActionEntry } from '../supervisor/action-entries';
import type { DossierFacts } from '../../db/supervisor/unit-facts';

/** One line of the handling log book (sổ theo dõi hồ sơ): one action on one dossier. */
export interface LogBookRow {
  readonly no: number;
  readonly dossierCode: string;
  readonly procedureName: string;
  readonly sets: number | null;
  readonly applicantName: string;
  readonly address: string | null;
  readonly phone: string | null;
  /** The centre that received it and the unit that decides: names, or codes where the portal gave none. */
  readonly receivingCentre: string | null;
  readonly competentUnit: string | null;
  /** UTC ISO instants; shown in office time. */
  readonly receivedAt: string | null;
  readonly dueAt: string | null;
  readonly forwardedTo: string | null;
  readonly resultBackAt: string | null;
  readonly returnedAt: string | null;
  readonly officerId: string;
  readonly officerName: string;
  readonly notes: string | null;
  readonly action: ActionKind;
  readonly at: string;
  readonly sync: SyncState;
  readonly source: 'portal' | 'this_pc';
}

interface BodyFacts {
  sets: number | null;
  address: string | null;
  resultBackAt: string | null;
  forwardedTo: string | null;
}

/** Reads the extra facts the cache keeps only in the dossier's JSON body. */
function bodyFacts(body: string | undefined): BodyFacts {
  const none: BodyFacts = { sets: null, address: null, resultBackAt: null, forwardedTo: null };
  if (body === undefined) return none;
  try {
    const d = JSON.parse(body) as { sets?: unknown; competentUnit?: { code?: unknown }; handlingUnit?: unknown; applicant?: { address?: unknown }; history?: unknown };
    const history = Array.isArray(d.history) ? (d.history as { status?: unknown; at?: unknown; action?: unknown; note?: unknown }[]) : [];
    // "Result back" is when the back office marked the dossier processed (status 9).
    const back = history.find((h) => h.status === 9 && typeof h.at === 'string');
    const forward = [...history].reverse().find((h) => h.action === 'forward');
    return {
      sets: typeof d.sets === 'number' ? d.sets : null,
      address: typeof d.applicant?.address === 'string' ? d.applicant.address : null,
      resultBackAt: typeof back?.at === 'string' ? back.at : null,
      // Bodies cached before the competent unit was its own fact name it handlingUnit.
      forwardedTo: !forward ? null : typeof d.competentUnit?.code === 'string' ? d.competentUnit.code : typeof d.handlingUnit === 'string' ? d.handlingUnit : null,
    };
  } catch {
    return none;
  }
}

const unitText = (name: string | null | undefined, code: string | null | undefined): string | null => name || code || null;

/** Joins each action with its cached dossier; numbering follows time order. */
export function logBookRows(entries: readonly ActionEntry[], dossiers: ReadonlyMap<string, DossierFacts>): LogBookRow[] {
  const bodies = new Map<string, BodyFacts>();
  return entries.map((e, i) => {
    const d = dossiers.get(e.dossierCode);
    let b = bodies.get(e.dossierCode);
    if (!b) {
      b = bodyFacts(d?.body);
      bodies.set(e.dossierCode, b);
    }
    return {
      no: i + 1,
      dossierCode: e.dossierCode,
      procedureName: d?.procedure_name ?? e.procedureName ?? '',
      sets: b.sets,
      applicantName: d?.applicant_name ?? e.applicantName ?? '',
      address: b.address,
      phone: d?.applicant_phone ?? null,
      receivingCentre: unitText(d?.receiving_centre_name, d?.receiving_centre_code),
      competentUnit: unitText(d?.competent_unit_name, d?.competent_unit_code),
      receivedAt: d?.received_at ?? null,
      dueAt: d?.due_at ?? null,
      forwardedTo: e.forwardedTo ?? (e.kind === 'forward' ? b.forwardedTo : null),
      resultBackAt: b.resultBackAt,
      returnedAt: d?.returned_at ?? null,
      officerId: e.officerId,
      officerName: e.officerName,
      notes: e.note,
      action: e.kind,
      at: e.at,
      sync: e.sync,
      source: e.source,
    };
  });
}
