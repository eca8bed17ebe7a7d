import { DeskFailure } from '../../../../shared/contract';
import type { privacyCalls } from '../../../../shared/contract/privacy';
import type { RevealService } from '../../privacy/reveal';
import type { FeatureHandlers } from './handler-types';

export function privacyHandlers(service: RevealService): FeatureHandlers<typeof privacyCalls> {
  return {
    'citizen.reveal': ({ ref, reason }, { session }) => {
      if (!session) throw new DeskFailure('UNAUTHENTICATED', 'Sign in first.');
      return service.reveal(session.officerId, ref, reason);
    },
  };
}
