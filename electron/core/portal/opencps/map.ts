import type { Dossier, DossierHistoryEntry, HistoryAction } from '../../../../shared/domain/dossier';
import type { DossierStatus } from '../../../../shared/domain/dossier-status';
import { stripMarker } from './action-table';
import { parseOpencpsDate } from './dates';
import { statusOf, type OpencpsSettings } from '../../config/opencps-settings';
import type { OpencpsAction, OpencpsDossier } from './wire';

const EPOCH = '1970-01-01T00:00:00.000Z';

/** Post-2025 addresses have no district: the parts present, joined, without repeating the street line. */
function addressOf(d: OpencpsDossier): string {
  const street = (d.address ?? '').trim();
  const parts = [d.wardName, d.districtName, d.cityName].map((p) => (p ?? '').trim()).filter((p) => p !== '' && !street.includes(p));
  return [street, ...parts].filter((p) => p !== '').join(', ');
}

/** The dossier's number at the counter: opaque (per-procedure pattern); before one is issued, its referenceUid. */
export const dossierCodeOf = (d: OpencpsDossier): string => (d.dossierNo?.trim() || d.referenceUid?.trim() || String(d.dossierId));

/** OpenCPS has no version: the modified time (seconds) only grows, which is what the cache needs. */
const versionOf = (modifiedIso: string): number => Math.max(1, Math.floor(Date.parse(modifiedIso) / 1000));

export interface OpencpsMapper {
  dossier(d: OpencpsDossier, history?: readonly OpencpsAction[]): Dossier | null;
  historyAction(code: string | null | undefined): HistoryAction;
}

export function createOpencpsMapper(settings: OpencpsSettings): OpencpsMapper {
  const kindOfCode = new Map<string, HistoryAction>();
  for (const [kind, codes] of Object.entries(settings.actionCodes)) {
    for (const code of typeof codes === 'string' ? [codes] : codes) kindOfCode.set(code, kind as HistoryAction);
  }
  const historyAction = (code: string | null | undefined): HistoryAction => (code ? (kindOfCode.get(code) ?? 'back_office') : 'back_office');

  // OpenCPS's history rows carry steps, not national statuses: each row shows the dossier's current one.
  const entry = (a: OpencpsAction, status: DossierStatus): DossierHistoryEntry => {
    const note = stripMarker(a.actionNote);
    return {
      status,
      action: historyAction(a.actionCode),
      at: parseOpencpsDate(a.createDate) ?? EPOCH,
      officerId: a.actionUser ?? null,
      // The site's own name of the step: officers know their workflow by it.
      note: [a.actionName, note].filter((p) => p).join(': ') || null,
    };
  };

  return {
    historyAction,
    /** null: a status this site uses that neither the map nor the default knows (the caller reports it). */
    dossier(d, history) {
      const status = statusOf(settings, d.dossierStatus);
      if (status === null) return null;
      const modified = parseOpencpsDate(d.modifiedDate) ?? parseOpencpsDate(d.lastActionDate) ?? parseOpencpsDate(d.createDate) ?? EPOCH;
      const submitted = parseOpencpsDate(d.submitDate) ?? parseOpencpsDate(d.createDate) ?? modified;
      const last: OpencpsAction[] = d.lastActionCode
        ? [{ dossierActionId: 0, actionCode: d.lastActionCode, actionName: d.lastActionName, actionUser: d.lastActionUser, actionNote: d.lastActionNote, createDate: d.lastActionDate }]
        : [];
      return {
        code: dossierCodeOf(d),
        version: versionOf(modified),
        status,
        procedure: { code: d.serviceCode ?? '', name: d.serviceName ?? '' },
        field: { code: d.domainCode ?? '', name: d.domainName ?? '' },
        // OpenCPS names the competent agency (govAgencyCode/Name); its dossier carries no receiving centre.
        receivingCentre: null,
        competentUnit: { code: d.govAgencyCode?.trim() ?? '', name: d.govAgencyName?.trim() ?? '' },
        applicant: {
          kind: d.applicantIdType === 'business' ? 'organisation' : 'citizen',
          name: d.applicantName?.trim() || '—',
          idNumber: d.applicantIdNo?.trim() || null,
          phone: d.contactTelNo?.trim() || null,
          email: d.contactEmail?.trim() || null,
          address: addressOf(d),
        },
        summary: d.briefNote ?? '',
        sets: 1,
        feeVnd: 0,
        submittedAt: submitted,
        receivedAt: parseOpencpsDate(d.receiveDate),
        dueAt: parseOpencpsDate(d.dueDate),
        returnedAt: parseOpencpsDate(d.releaseDate) ?? parseOpencpsDate(d.finishDate),
        updatedAt: modified,
        // OpenCPS does not carry the VNeID check; the desk keeps it from its own intake.
        vneidVerified: false,
        history: (history ?? last).map((a) => entry(a, status)),
      };
    },
  };
}
