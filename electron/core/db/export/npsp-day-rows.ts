import type { Db } from '../connection';

/** What the DongBoHoSoMC export reads: the cached dossiers received in a time range, and this desk's delivered intakes. */
export function createNpspDayRows(db: Db) {
  const received = db.prepare<[string, string], { body: string }>(
    'SELECT b.body AS body FROM dossier d JOIN dossier_body b ON b.id = d.id WHERE d.received_at >= ? AND d.received_at < ? ORDER BY d.received_at, d.code',
  );
  const deliveredIntakes = db.prepare<[], { code: string; payload: string }>(
    "SELECT dossier_code AS code, payload FROM outbox WHERE kind = 'intake' AND state = 'delivered'",
  );
  return {
    receivedBetween: (start: string, end: string) => received.all(start, end),
    deliveredIntakes: () => deliveredIntakes.all(),
  };
}
export type NpspDayRows = ReturnType<typeof createNpspDayRows>;
