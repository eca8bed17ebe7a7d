import type { supervisorCalls } from '../../../../shared/contract/supervisor';
import type { ExportService } from '../../services/export/export-service';
import type { SupervisorService } from '../../services/supervisor/supervisor-service';
import type { FeatureHandlers } from './handler-types';

export function supervisorHandlers(supervisor: SupervisorService, exports: ExportService): FeatureHandlers<typeof supervisorCalls> {
  return {
    'supervisor.report': (input) => supervisor.report(input),
    'export.handlingLog': (input, context) => exports.exportHandlingLog(input, context.session),
  };
}
