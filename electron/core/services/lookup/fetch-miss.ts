import type { FetchMiss } from '../../../../shared/contract/lookup';
import type { Session } from '../../../../shared/contract/roles';
import { applicantIdOf, recogniseQuery } from '../../../../shared/domain/query-recognise';
import type { LocalizedText } from '../../../../shared/validation';
import type { CitizenStore } from '../../db/cache/citizen-store';
import type { DossierStore } from '../../db/cache/dossier-store';
import type { PortalError, PortalResult } from '../../portal/errors';
import type { PortalClient } from '../../portal/portal-client';
import type { TokenProvider } from '../../sync/portal-action-sender';

export interface FetchMissDeps {
  readonly dossiers: DossierStore;
  readonly citizens: CitizenStore;
  /** The portal, once connected and answering; null while offline. */
  readonly portal: () => { readonly client: PortalClient; readonly tokenFor: TokenProvider; readonly online: boolean } | null;
  readonly now: () => Date;
  readonly onCached: () => void;
}

const MESSAGES = {
  fetched: { vi: 'Vừa tải từ cổng và lưu vào máy.', en: 'Fetched from the portal just now and cached.' },
  not_on_portal: { vi: 'Cổng cũng không có mã hoặc số này.', en: 'The portal does not have this code or number either.' },
  offline: {
    vi: 'Không có trên máy, và máy đang ngoại tuyến nên không hỏi được cổng. Thử lại khi có kết nối.',
    en: 'Not on this PC, and the desk is offline so the portal cannot be asked. Try again once connected.',
  },
  not_fetchable: {
    vi: 'Chỉ hỏi cổng được theo mã hồ sơ, số định danh, số hộ chiếu hoặc mã số thuế.',
    en: 'Only a dossier code, an ID number, a passport number or a tax code can be asked of the portal.',
  },
} as const satisfies Record<FetchMiss['outcome'], LocalizedText>;

const answer = (outcome: FetchMiss['outcome'], found: Partial<Pick<FetchMiss, 'fetchedAt' | 'dossierCode' | 'citizenRef'>> = {}): FetchMiss => ({
  outcome, fetchedAt: null, dossierCode: null, citizenRef: null, ...found, message: MESSAGES[outcome],
});

const unreachable = (error: PortalError) => error.kind !== 'not_found';

/** A miss in the cache, asked of the portal: the answer is cached like a pulled one. */
export function createFetchMiss(deps: FetchMissDeps) {
  async function ask<T>(session: Session, call: (client: PortalClient, token: string) => Promise<PortalResult<T>>): Promise<T | 'offline' | 'missing'> {
    const portal = deps.portal();
    if (!portal?.online) return 'offline';
    const token = await portal.tokenFor(session.officerId);
    if (!token) return 'offline';
    const result = await call(portal.client, token);
    if (result.ok) return result.value;
    return unreachable(result.error) ? 'offline' : 'missing';
  }

  return {
    async fetch(session: Session | null, text: string): Promise<FetchMiss> {
      if (!session) return answer('offline');
      const query = recogniseQuery(text);
      if (query.kind === 'dossierCode') {
        const dossier = await ask(session, (client, token) => client.getDossier(token, query.code));
        if (dossier === 'offline' || dossier === 'missing') return answer(dossier === 'offline' ? 'offline' : 'not_on_portal');
        deps.dossiers.put(dossier);
        deps.onCached();
        return answer('fetched', { fetchedAt: deps.now().toISOString(), dossierCode: dossier.code });
      }
      const idNumber = applicantIdOf(query);
      if (idNumber === null) return answer('not_fetchable');
      const citizen = await ask(session, (client, token) => client.getCitizen(token, idNumber));
      if (citizen === 'offline') return answer('offline');
      if (citizen !== 'missing') {
        deps.citizens.put(citizen);
        deps.onCached();
        return answer('fetched', { fetchedAt: deps.now().toISOString(), citizenRef: deps.citizens.refOf(citizen.idNumber) });
      }
      // A dialect with no citizen registry (OpenCPS) still knows the applicant's dossiers.
      const dossiers = await ask(session, (client, token) => client.dossiersOfApplicant?.(token, idNumber) ?? Promise.resolve({ ok: true as const, value: [] }));
      if (dossiers === 'offline') return answer('offline');
      const newest = dossiers === 'missing' ? undefined : dossiers[0];
      if (dossiers === 'missing' || !newest) return answer('not_on_portal');
      for (const dossier of dossiers) deps.dossiers.put(dossier);
      deps.onCached();
      return answer('fetched', { fetchedAt: deps.now().toISOString(), dossierCode: newest.code });
    },
  };
}
export type FetchMissService = ReturnType<typeof createFetchMiss>;

