import type { DeskDatabase } from '../../electron/core/composition/desk-database';
import { citizenSchema, type Citizen } from '../../shared/domain/citizen';
import { dossierSchema, type Dossier } from '../../shared/domain/dossier';
import { linkageStatus, type LinkageState } from '../../shared/domain/linkage';
import { officeDate } from '../../shared/domain/office-time';

/** What a test needs from the cache its core pulled: dossiers, and one citizen per linkage state. */
export interface CachedCitizen {
  readonly ref: number;
  readonly citizen: Citizen;
}

/** A test's desk: its database is null when its core has an invalid config. */
type WithDatabase = { readonly database: DeskDatabase | null };

function db({ database }: WithDatabase) {
  if (!database) throw new Error('the core has no database (invalid config?)');
  return database.db;
}

export function cachedDossiers(desk: WithDatabase): Dossier[] {
  const rows = db(desk).prepare('SELECT b.body FROM dossier d JOIN dossier_body b ON b.id = d.id ORDER BY d.code').all() as Array<{ body: string }>;
  return rows.map((row) => dossierSchema.parse(JSON.parse(row.body)));
}

export function cachedCitizens(desk: WithDatabase): CachedCitizen[] {
  const rows = db(desk).prepare('SELECT id, body FROM citizen ORDER BY id').all() as Array<{ id: number; body: string }>;
  return rows.map((row) => ({ ref: row.id, citizen: citizenSchema.parse(JSON.parse(row.body)) }));
}

/** The first cached citizen in each linkage state that occurs in the data, as the core's clock sees today. */
export function citizensByState(desk: WithDatabase, today = officeDate(new Date())): Map<LinkageState, CachedCitizen> {
  const found = new Map<LinkageState, CachedCitizen>();
  for (const entry of cachedCitizens(desk)) {
    const state = linkageStatus(entry.citizen.linkage, today).state;
    if (!found.has(state)) found.set(state, entry);
  }
  return found;
}

/** Latin letters only, lower case: what an officer types without a Vietnamese keyboard. */
export const unaccented = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
