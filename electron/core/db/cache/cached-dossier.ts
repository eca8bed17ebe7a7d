import { dossierSchema, type Dossier } from '../../../../shared/domain/dossier';

/**
 * A cached dossier body as the desk's code sees it. Bodies cached before the receiving
 * centre and the competent unit were two facts carry `handlingUnit` (the competent unit)
 * and no receiving centre; they are read as such rather than rewritten on upgrade.
 */
export function parseCachedDossier(body: string): Dossier {
  const raw: unknown = JSON.parse(body);
  if (raw !== null && typeof raw === 'object' && !('competentUnit' in raw) && 'handlingUnit' in raw) {
    const { handlingUnit, ...rest } = raw;
    return dossierSchema.parse({ ...rest, receivingCentre: null, competentUnit: { code: handlingUnit, name: '' } });
  }
  return dossierSchema.parse(raw);
}
