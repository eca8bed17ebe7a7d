import type { guidanceCalls } from '../../../../shared/contract/guidance';
import type { GuidanceService } from '../../services/guidance/guidance-service';
import type { FeatureHandlers } from './handler-types';

export function guidanceHandlers(service: GuidanceService): FeatureHandlers<typeof guidanceCalls> {
  return {
    'guidance.record': ({ ref, state, slipPrinted }, { session }) => service.record(session, ref, state, slipPrinted),
  };
}
