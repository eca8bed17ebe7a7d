import type { SearchFilters } from '../../../shared/contract/lookup';
import { hrefFor, hrefForParams } from '../../app/router';

/**
 * What the officer last searched for, kept for the session so Esc from a dossier or
 * citizen view returns to the same query, filters and results.
 */
export interface LookupMemory {
  text: string;
  filters: SearchFilters;
}

const memory: LookupMemory = { text: '', filters: {} };

export const rememberedLookup = (): Readonly<LookupMemory> => memory;

export function rememberLookup(next: Partial<LookupMemory>): void {
  Object.assign(memory, next);
}

export function openDossier(code: string): void {
  window.location.hash = hrefForParams('dossier', code);
}

export function openCitizen(ref: number): void {
  window.location.hash = hrefForParams('citizen', String(ref));
}

export function backToSearch(): void {
  window.location.hash = hrefFor('lookup');
}
