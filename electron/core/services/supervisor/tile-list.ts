import { TILE_LIST_LIMIT, type TileList, type TileListRequest } from '../../../../shared/contract/supervisor';
import { officeDate } from '../../../../shared/domain/office-time';
import type { OutboxRepo } from '../../db/outbox/outbox-repo';
import type { UnitFacts } from '../../db/supervisor/unit-facts';
import { toDossierRow } from '../lookup/rows';

/** The dossiers behind one tile, read by the tile's own condition (so the list's length is the tile's number). */
export function tileList(request: TileListRequest, facts: UnitFacts, outbox: Pick<OutboxRepo, 'openCounts'>, now: Date): TileList {
  const today = officeDate(now);
  const range = { from: request.from, to: request.to };
  const rows = facts.tileList(request.tile, range, today, TILE_LIST_LIMIT);
  const pending = outbox.openCounts(rows.map((r) => r.code));
  return {
    tile: request.tile,
    today,
    total: rows.length < TILE_LIST_LIMIT ? rows.length : facts.tileCount(request.tile, range, today),
    dossiers: rows.map((r) => toDossierRow(r, today, pending.get(r.code) ?? 0)),
  };
}
