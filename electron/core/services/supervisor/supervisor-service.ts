import type { OfficeRange, SupervisorReport, TileList, TileListRequest } from '../../../../shared/contract/supervisor';
import type { Db } from '../../db/connection';
import { collectActions, type CollectedActions } from './action-entries';
import type { HandlingLogSource } from './handling-log-source';
import { buildReport } from './report';
import { createUnitFacts, type UnitFacts } from '../../db/supervisor/unit-facts';
import { createOutboxRepo } from '../../db/outbox/outbox-repo';
import { tileList } from './tile-list';

export interface SupervisorDeps {
  readonly db: Db;
  /** The portal's handling log; null when there is no portal session (local data only). */
  readonly source: () => HandlingLogSource | null;
  readonly now: () => Date;
}

/** The supervisor's view of a range: the report, and the merged actions the export also uses. */
export function createSupervisorService(deps: SupervisorDeps) {
  const facts: UnitFacts = createUnitFacts(deps.db);
  const outbox = createOutboxRepo(deps.db);
  const actions = (range: OfficeRange): Promise<CollectedActions> => collectActions(deps.source(), range, facts.outboxInRange(range), facts.walkInGuidanceInRange(range), facts.deskActivityInRange(range));
  return {
    facts,
    actions,
    async report(range: OfficeRange): Promise<SupervisorReport> {
      return buildReport(range, await actions(range), facts, deps.now());
    },
    tileList: (request: TileListRequest): TileList => tileList(request, facts, outbox, deps.now()),
  };
}
export type SupervisorService = ReturnType<typeof createSupervisorService>;
