import { SETTLED_STATUSES } from '../../../../shared/domain/dossier-status';
import { addDays, officeDayStart } from '../../../../shared/domain/office-time';
import { OPEN_OUTBOX_STATES } from '../../../../shared/domain/outbox-states';
import { dossierTileSchema, type DossierTile } from '../../../../shared/contract/supervisor';
import type { Db } from '../connection';
import { FROM, LIST_COLUMNS, type DossierListRow } from '../cache/dossier-search';
import { sqlList } from '../sql-list';
import type { OutboxState } from '../outbox/outbox-repo';

export interface OutboxActionRow {
  readonly seq: number;
  readonly kind: string;
  readonly dossier_code: string;
  readonly payload: string;
  readonly officer_id: string;
  readonly state: OutboxState;
  readonly created_at: string;
  readonly last_error: string | null;
}

/** VNeID guidance given to a walk-in (no dossier): recorded in the audit log only. */
export interface WalkInGuidanceRow {
  readonly officer_id: string;
  /** The applicant's masked ID number. */
  readonly subject: string | null;
  /** JSON: { ref, state, slipPrinted }. */
  readonly detail: string;
  readonly at: string;
}

/** The columns of a cached dossier the log book and the report need (no ID number). */
export interface DossierFacts {
  readonly code: string;
  readonly status: number;
  readonly procedure_name: string;
  readonly applicant_name: string;
  readonly applicant_phone: string | null;
  readonly received_at: string | null;
  readonly due_at: string | null;
  readonly returned_at: string | null;
  /** Where it was received and who decides (migration 0160); the centre is NULL on older records. */
  readonly receiving_centre_code: string | null;
  readonly receiving_centre_name: string | null;
  readonly competent_unit_code: string | null;
  readonly competent_unit_name: string | null;
  readonly body: string;
}

/** Counter work recorded on this desk without a dossier (table desk_activity). */
export interface DeskActivityRow {
  readonly id: number;
  readonly kind: string;
  readonly officer_id: string;
  readonly created_at: string;
  readonly procedure_name: string;
  readonly applicant_name: string;
  readonly payload: string;
}

/** [start, end) of an inclusive office-day range as UTC ISO instants, comparable as text. */
export function rangeInstants(range: { from: string; to: string }): { start: string; end: string } {
  return { start: officeDayStart(range.from).toISOString(), end: officeDayStart(addDays(range.to, 1)).toISOString() };
}

const UNRESOLVED = `d.returned_at IS NULL AND d.status NOT IN ${sqlList(SETTLED_STATUSES)} AND d.due_at IS NOT NULL`;

interface TileCondition {
  /** Over `dossier d`. */
  readonly sql: string;
  readonly params: (range: { from: string; to: string }, today: string) => string[];
}
const inRange = (range: { from: string; to: string }): string[] => {
  const { start, end } = rangeInstants(range);
  return [start, end];
};
const dayStart = (isoDate: string): string => officeDayStart(isoDate).toISOString();

/**
 * What each tile of the report counts, declared once: its number and its list are both
 * read from this condition, so the list is exactly as long as the number on the tile.
 * Due today and overdue are on the office day `today`, whatever the range.
 */
const TILE_CONDITIONS: Record<DossierTile, TileCondition> = {
  received: { sql: 'd.received_at >= ? AND d.received_at < ?', params: inRange },
  returned: { sql: 'd.returned_at >= ? AND d.returned_at < ?', params: inRange },
  dueToday: { sql: `${UNRESOLVED} AND d.due_at >= ? AND d.due_at < ?`, params: (_range, today) => [dayStart(today), dayStart(addDays(today, 1))] },
  overdue: { sql: `${UNRESOLVED} AND d.due_at < ?`, params: (_range, today) => [dayStart(today)] },
};

/** The order a tile's list is read in: the most urgent (earliest due) first, then the newest received. */
const TILE_ORDER: Record<DossierTile, string> = {
  received: 'd.received_at DESC',
  returned: 'd.returned_at DESC',
  dueToday: 'd.due_at, d.received_at DESC',
  overdue: 'd.due_at, d.received_at DESC',
};

/** One prepared statement (or anything) per tile. */
const perTile = <T>(make: (tile: DossierTile) => T): Record<DossierTile, T> =>
  Object.fromEntries(dossierTileSchema.options.map((tile) => [tile, make(tile)])) as Record<DossierTile, T>;

/** Read-only queries over the dossier cache and this PC's outbox. */
export function createUnitFacts(db: Db) {
  const outboxInRange = db.prepare<[string, string], OutboxActionRow>(
    'SELECT seq, kind, dossier_code, payload, officer_id, state, created_at, last_error FROM outbox WHERE created_at >= ? AND created_at < ? ORDER BY seq',
  );
  const openOutbox = db.prepare<[], OutboxActionRow>(
    `SELECT seq, kind, dossier_code, payload, officer_id, state, created_at, last_error FROM outbox WHERE state IN ${sqlList(OPEN_OUTBOX_STATES)} ORDER BY seq`,
  );
  const guidanceInRange = db.prepare<[string, string], WalkInGuidanceRow>(
    "SELECT officer_id, subject, detail, at FROM audit WHERE action = 'vneid_guidance' AND at >= ? AND at < ? ORDER BY seq",
  );
  const receivedByUnit = db.prepare<[string, string], { receiving: string | null; competent: string | null; n: number }>(
    `SELECT coalesce(nullif(receiving_centre_name, ''), receiving_centre_code) AS receiving,
            coalesce(nullif(competent_unit_name, ''), competent_unit_code) AS competent, count(*) AS n
     FROM dossier WHERE received_at >= ? AND received_at < ? GROUP BY receiving, competent ORDER BY n DESC, receiving, competent LIMIT 50`,
  );
  const deskActivity = db.prepare<[string, string], DeskActivityRow>(
    'SELECT id, kind, officer_id, created_at, procedure_name, applicant_name, payload FROM desk_activity WHERE created_at >= ? AND created_at < ? ORDER BY id',
  );
  const returned = db.prepare<[string, string], { due_at: string | null; returned_at: string }>(
    'SELECT due_at, returned_at FROM dossier WHERE returned_at >= ? AND returned_at < ?',
  );
  const tileCounts = perTile((tile) => db.prepare<string[], number>(`SELECT count(*) FROM dossier d WHERE ${TILE_CONDITIONS[tile].sql}`).pluck());
  const tileLists = perTile((tile) =>
    db.prepare<(string | number)[], DossierListRow>(`SELECT ${LIST_COLUMNS} FROM ${FROM} WHERE ${TILE_CONDITIONS[tile].sql} ORDER BY ${TILE_ORDER[tile]} LIMIT ?`),
  );
  const byCodes = db.prepare<[string], DossierFacts>(
    `SELECT d.code, d.status, d.procedure_name, d.applicant_name, d.applicant_phone, d.received_at, d.due_at, d.returned_at,
       d.receiving_centre_code, d.receiving_centre_name, d.competent_unit_code, d.competent_unit_name, b.body
     FROM dossier d JOIN dossier_body b ON b.id = d.id WHERE d.code IN (SELECT value FROM json_each(?))`,
  );

  return {
    outboxInRange: (range: { from: string; to: string }) => {
      const { start, end } = rangeInstants(range);
      return outboxInRange.all(start, end);
    },
    openOutbox: () => openOutbox.all(),
    /** The number on a tile. */
    tileCount: (tile: DossierTile, range: { from: string; to: string }, today: string): number =>
      tileCounts[tile].get(...TILE_CONDITIONS[tile].params(range, today)) ?? 0,
    /** The dossiers behind a tile, at most `limit` of them. */
    tileList: (tile: DossierTile, range: { from: string; to: string }, today: string, limit: number): DossierListRow[] =>
      tileLists[tile].all(...TILE_CONDITIONS[tile].params(range, today), limit),
    deskActivityInRange: (range: { from: string; to: string }) => {
      const { start, end } = rangeInstants(range);
      return deskActivity.all(start, end);
    },
    walkInGuidanceInRange: (range: { from: string; to: string }) => {
      const { start, end } = rangeInstants(range);
      return guidanceInRange.all(start, end);
    },
    /** Received in the range, per receiving centre and competent unit pair, busiest first. */
    receivedByUnit: (range: { from: string; to: string }) => {
      const { start, end } = rangeInstants(range);
      return receivedByUnit.all(start, end).map((r) => ({ receivingCentre: r.receiving, competentUnit: r.competent ?? '', received: r.n }));
    },
    returnedIn: (range: { from: string; to: string }) => {
      const { start, end } = rangeInstants(range);
      return returned.all(start, end);
    },
    dossiers(codes: readonly string[]): Map<string, DossierFacts> {
      if (codes.length === 0) return new Map();
      return new Map(byCodes.all(JSON.stringify([...new Set(codes)])).map((d) => [d.code, d]));
    },
  };
}
export type UnitFacts = ReturnType<typeof createUnitFacts>;
