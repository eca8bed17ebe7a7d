import type { Core } from '../../electron/core/core';
import { citizenSchema, type Citizen } from '../../shared/domain/citizen';
import { dossierSchema, type Dossier } from '../../shared/domain/dossier';
import { linkageStatus, type LinkageState } from '../../shared/domain/linkage';
import { officeDate } from '../../shared/domain/office-time';

/** What a test needs from the cache its core pulled: dossiers, and one citizen per linkage state. */
export interface CachedCitizen {
  readonly ref: number;
  readonly citizen: Citizen;
}

function db(core: Core) {
  if (!core.store) throw new Error('the core has no store (invalid config?)');
  return core.store.db;
}

export function cachedDossiers(core: Core): Dossier[] {
  const rows = db(core).prepare('SELECT b.body FROM dossier d JOIN dossier_body b ON b.id = d.id ORDER BY d.code').all() as Array<{ body: string }>;
  return rows.map((row) => dossierSchema.parse(JSON.parse(row.body)));
}

export function cachedCitizens(core: Core): CachedCitizen[] {
  const rows = db(core).prepare('SELECT id, body FROM citizen ORDER BY id').all() as Array<{ id: number; body: string }>;
  return rows.map((row) => ({ ref: row.id, citizen: citizenSchema.parse(JSON.parse(row.body)) }));
}

/** The first cached citizen in each linkage state that occurs in the data, as the core's clock sees today. */
export function citizensByState(core: Core, today = officeDate(new Date())): Map<LinkageState, CachedCitizen> {
  const found = new Map<LinkageState, CachedCitizen>();
  for (const entry of cachedCitizens(core)) {
    const state = linkageStatus(entry.citizen.linkage, today).state;
    if (!found.has(state)) found.set(state, entry);
  }
  return found;
}

/** Latin letters only, lower case: what an officer types without a Vietnamese keyboard. */
export const unaccented = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
