import { dossierSchema } from '../../../../../shared/domain/dossier';
import { addDays, officeDayStart } from '../../../../../shared/domain/office-time';
import type { Db } from '../../../db/connection';
import { toNpspItem, type NpspDossierItem } from './npsp-item';

/**
 * The cached dossiers received on the office days from..to (inclusive), as DongBoHoSoMC items.
 * The VNeID flag comes from this desk's own intake when it took the dossier in (a back end
 * such as OpenCPS does not carry it).
 */
export function npspItemsForDays(db: Db, from: string, to: string): NpspDossierItem[] {
  const start = officeDayStart(from).toISOString();
  const end = officeDayStart(addDays(to, 1)).toISOString();
  const rows = db
    .prepare('SELECT b.body AS body FROM dossier d JOIN dossier_body b ON b.id = d.id WHERE d.received_at >= ? AND d.received_at < ? ORDER BY d.received_at, d.code')
    .all(start, end) as { body: string }[];
  const intakes = db.prepare("SELECT dossier_code AS code, payload FROM outbox WHERE kind = 'intake' AND state = 'delivered'").all() as { code: string; payload: string }[];
  const vneid = new Map<string, boolean>();
  for (const i of intakes) {
    const p = JSON.parse(i.payload) as { vneidVerified?: unknown };
    if (typeof p.vneidVerified === 'boolean') vneid.set(i.code, p.vneidVerified);
  }
  return rows.map((r) => {
    const d = dossierSchema.parse(JSON.parse(r.body));
    return toNpspItem(d, vneid.get(d.code) ?? null);
  });
}
