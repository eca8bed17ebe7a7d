import { SETTLED_STATUSES } from '../../../../shared/domain/dossier-status';
import { addDays, officeDayStart } from '../../../../shared/domain/office-time';
import { OPEN_OUTBOX_STATES } from '../../../../shared/domain/outbox-states';
import type { Db } from '../connection';
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

const UNRESOLVED = `returned_at IS NULL AND status NOT IN ${sqlList(SETTLED_STATUSES)} AND due_at IS NOT NULL`;

/** Read-only queries over the dossier cache and this PC's outbox. */
export function createUnitFacts(db: Db) {
  const outboxInRange = db.prepare<[string, string], OutboxActionRow>(
    'SELECT seq, kind, dossier_code, payload, officer_id, state, created_at, last_error FROM outbox WHERE created_at >= ? AND created_at < ? ORDER BY seq',
  );
  const openOutbox = db.prepare<[], OutboxActionRow>(
    `SELECT seq, kind, dossier_code, payload, officer_id, state, created_at, last_error FROM outbox WHERE state IN ${sqlList(OPEN_OUTBOX_STATES)} ORDER BY seq`,
  );
  const receivedByUnit = db.prepare<[string, string], { receiving: string | null; competent: string | null; n: number }>(
    `SELECT coalesce(nullif(receiving_centre_name, ''), receiving_centre_code) AS receiving,
            coalesce(nullif(competent_unit_name, ''), competent_unit_code) AS competent, count(*) AS n
     FROM dossier WHERE received_at >= ? AND received_at < ? GROUP BY receiving, competent ORDER BY n DESC, receiving, competent LIMIT 50`,
  );
  const deskActivity = db.prepare<[string, string], DeskActivityRow>(
    'SELECT id, kind, officer_id, created_at, procedure_name, applicant_name, payload FROM desk_activity WHERE created_at >= ? AND created_at < ? ORDER BY id',
  );
  const received = db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM dossier WHERE received_at >= ? AND received_at < ?');
  const returned = db.prepare<[string, string], { due_at: string | null; returned_at: string }>(
    'SELECT due_at, returned_at FROM dossier WHERE returned_at >= ? AND returned_at < ?',
  );
  const unresolvedDue = db.prepare<[string], { due_at: string }>(`SELECT due_at FROM dossier WHERE ${UNRESOLVED} AND due_at < ?`);
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
    deskActivityInRange: (range: { from: string; to: string }) => {
      const { start, end } = rangeInstants(range);
      return deskActivity.all(start, end);
    },
    receivedCount: (range: { from: string; to: string }) => {
      const { start, end } = rangeInstants(range);
      return received.get(start, end)?.n ?? 0;
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
    /** Unresolved dossiers due before the end of `today` (due today or overdue). */
    unresolvedDueBy: (today: string) => unresolvedDue.all(officeDayStart(addDays(today, 1)).toISOString()),
    dossiers(codes: readonly string[]): Map<string, DossierFacts> {
      if (codes.length === 0) return new Map();
      return new Map(byCodes.all(JSON.stringify([...new Set(codes)])).map((d) => [d.code, d]));
    },
  };
}
export type UnitFacts = ReturnType<typeof createUnitFacts>;
