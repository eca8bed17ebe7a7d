import type { CitizenDetail } from '../../../../shared/contract';
import type { lookupCalls } from '../../../../shared/contract/lookup';
import type { ViewAudit } from '../../privacy/view-audit';
import type { FetchMissService } from '../../services/lookup/fetch-miss';
import type { LookupService } from '../../services/lookup/lookup-service';
import type { FeatureHandlers } from './handler-types';

/** Every view of a person's record (a dossier names its applicant) is audited, whichever front asked. */
export function lookupHandlers(service: LookupService, views: ViewAudit, misses: FetchMissService): FeatureHandlers<typeof lookupCalls> {
  const viewedCitizen = (detail: CitizenDetail, session: Parameters<ViewAudit['record']>[0]): CitizenDetail => {
    views.record(session, { what: 'citizen', ref: detail.ref, idNumberMasked: detail.idNumberMasked });
    return detail;
  };
  return {
    'lookup.search': ({ text, filters, limit }) => service.search(text, filters, limit),
    'dossier.get': ({ code }, { session }) => {
      const detail = service.dossier(code);
      views.record(session, { what: 'dossier', code: detail.dossier.code, applicantIdMasked: detail.applicantIdMasked });
      return detail;
    },
    'citizen.get': ({ ref }, { session }) => viewedCitizen(service.citizen(ref), session),
    'citizen.find': ({ identifier }, { session }) => viewedCitizen(service.findCitizen(identifier), session),
    'lookup.fetch': ({ text }, { session }) => misses.fetch(session, text),
  };
}
