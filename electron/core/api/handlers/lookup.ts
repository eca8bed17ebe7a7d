import type { lookupCalls } from '../../../../shared/contract/lookup';
import type { LookupService } from '../../services/lookup/lookup-service';
import type { FeatureHandlers } from './handler-types';

export function lookupHandlers(service: LookupService): FeatureHandlers<typeof lookupCalls> {
  return {
    'lookup.search': ({ text, filters, limit }) => service.search(text, filters, limit),
    'dossier.get': ({ code }) => service.dossier(code),
    'citizen.get': ({ ref }) => service.citizen(ref),
    'citizen.find': ({ identifier }) => service.findCitizen(identifier),
  };
}
