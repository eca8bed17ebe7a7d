import { formatDossierCode } from '../../shared/domain/dossier-code';
import { officeDate, parseWireDateTime } from '../../shared/domain/office-time';
import { HISTORY_FROM_WIRE } from '../../shared/portal/codes';
import { citizenAt } from '../data/citizen-gen';
import { dossierAt } from '../data/dossier-gen';
import { DAY_MS } from '../data/office-clock';
import { createIndexes, type SimDb } from './db';

export interface GenerateOptions {
  readonly seed: number;
  readonly dossiers: number;
  readonly citizens: number;
  readonly referenceMs: number;
  readonly batchSize?: number;
}

const wireMs = (wire: string): number => Date.parse(parseWireDateTime(wire) ?? '1970-01-01T00:00:00Z');

/**
 * Fills an empty database. Records are generated one at a time from their own seeded
 * stream and written in batches, one transaction per batch, so memory stays flat
 * whatever the size; only the per-agency-per-day sequence counters are kept.
 */
export function generateDataset(db: SimDb, options: GenerateOptions): void {
  const batch = options.batchSize ?? 5000;
  const insertCitizen = db.prepare('INSERT INTO citizens (id, updated_ms, body) VALUES (?, ?, ?)');
  const insertDossier = db.prepare('INSERT INTO dossiers (code, agency, updated_ms, version, status, body) VALUES (?, ?, ?, ?, ?, ?)');
  const insertLog = db.prepare(
    `INSERT INTO handling_log (code, action, officer_id, at_ms, office_day, unit, from_status, to_status, procedure_code, procedure_name, applicant, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCounter = db.prepare('INSERT INTO counters (agency, day, seq) VALUES (?, ?, ?)');

  db.pragma('synchronous = OFF');
  const citizensBatch = db.transaction((from: number, to: number) => {
    for (let j = from; j < to; j++) {
      const c = citizenAt(options.seed, j, options.referenceMs);
      insertCitizen.run(c.SoDinhDanh, wireMs(c.NgayCapNhat), JSON.stringify(c));
    }
  });
  for (let from = 0; from < options.citizens; from += batch) citizensBatch(from, Math.min(options.citizens, from + batch));

  // Generated counter work of the last week also fills the handling log, so supervisors
  // have days to export in training.
  const logSince = options.referenceMs - 7 * DAY_MS;
  const counters = new Map<string, number>();
  const dossiersBatch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const d = dossierAt(options.seed, i, options.referenceMs, options.citizens);
      const key = `${d.agency}|${d.day}`;
      const sequence = (counters.get(key) ?? 0) + 1;
      counters.set(key, sequence);
      const code = formatDossierCode({ agency: d.agency, date: d.day, sequence });
      const body = { MaHoSo: code, ...d.body };
      insertDossier.run(code, d.agency, d.updatedMs, body.PhienBan, body.TrangThaiHoSo, JSON.stringify(body));
      let from: number | null = null;
      for (const h of body.QuaTrinhXuLy) {
        const at = wireMs(h.ThoiGian);
        const kind = HISTORY_FROM_WIRE[h.HanhDong];
        if (at >= logSince && h.MaCanBo !== null && kind !== 'back_office' && kind !== 'submitted_online') {
          insertLog.run(code, h.HanhDong, h.MaCanBo, at, officeDate(new Date(at)), d.agency, from, h.TrangThaiHoSo, body.MaTTHC, body.TenTTHC, body.ChuHoSo, h.GhiChu);
        }
        from = h.TrangThaiHoSo;
      }
    }
  });
  for (let from = 0; from < options.dossiers; from += batch) dossiersBatch(from, Math.min(options.dossiers, from + batch));

  db.transaction(() => {
    for (const [key, seq] of counters) {
      const [agency, day] = key.split('|') as [string, string];
      insertCounter.run(agency, day, seq);
    }
  })();
  createIndexes(db);
  db.pragma('synchronous = NORMAL');
}
