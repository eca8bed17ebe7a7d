import { parseCachedDossier } from '../../../db/cache/cached-dossier';
import { addDays, officeDayStart } from '../../../../../shared/domain/office-time';
import type { NpspDayRows } from '../../../db/export/npsp-day-rows';
import { toNpspItem, type NpspDossierItem } from './npsp-item';

/**
 * The cached dossiers received on the office days from..to (inclusive), as DongBoHoSoMC items.
 * The VNeID flag comes from this desk's own intake when it took the dossier in (a back end
 * such as OpenCPS does not carry it).
 */
export function npspItemsForDays(source: NpspDayRows, from: string, to: string): NpspDossierItem[] {
  const start = officeDayStart(from).toISOString();
  const end = officeDayStart(addDays(to, 1)).toISOString();
  const rows = source.receivedBetween(start, end);
  const intakes = source.deliveredIntakes();
  const vneid = new Map<string, boolean>();
  for (const i of intakes) {
    const p = JSON.parse(i.payload) as { vneidVerified?: unknown };
    if (typeof p.vneidVerified === 'boolean') vneid.set(i.code, p.vneidVerified);
  }
  return rows.map((r) => {
    const d = parseCachedDossier(r.body);
    return toNpspItem(d, vneid.get(d.code) ?? null);
  });
}
