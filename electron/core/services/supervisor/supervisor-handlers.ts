import type { z } from 'zod';
import type { supervisorCalls } from '../../../../shared/contract/supervisor';
import type { CallContext } from '../handlers';
import type { ExportService } from '../export/export-service';
import type { SupervisorService } from './supervisor-service';

type SupervisorCalls = typeof supervisorCalls;
/** Same shape as HandlerGroup<'supervisor.report' | 'export.handlingLog'> once the calls are in the contract index. */
export type SupervisorHandlers = {
  readonly [K in keyof SupervisorCalls]: (
    input: z.output<SupervisorCalls[K]['input']>,
    context: CallContext,
  ) => Promise<z.output<SupervisorCalls[K]['output']>>;
};

export function supervisorHandlers(supervisor: SupervisorService, exports: ExportService): SupervisorHandlers {
  return {
    'supervisor.report': (input) => supervisor.report(input),
    'export.handlingLog': (input, context) => exports.exportHandlingLog(input, context.session),
  };
}
