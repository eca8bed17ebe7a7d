import { DeskFailure } from '../../../../shared/contract/errors';
import type { supervisorCalls } from '../../../../shared/contract/supervisor';
import { exportFileName, type ExportService } from '../../services/export/export-service';
import type { ExportTarget } from '../../services/export/export-target';
import type { SupervisorService } from '../../services/supervisor/supervisor-service';
import type { FeatureHandlers } from './handler-types';

const NO_TARGET = { vi: 'Máy này không có hộp thoại lưu tệp: dùng lệnh desk export-log --out.', en: 'This front has no save dialog: use desk export-log --out.' };
const NOT_EXPORTED = { vi: 'Chỉ mở được tệp vừa xuất trong phiên này.', en: 'Only files exported in this session can be opened.' };

export function supervisorHandlers(supervisor: SupervisorService, exports: ExportService, target: ExportTarget | null, now: () => Date): FeatureHandlers<typeof supervisorCalls> {
  // Only what this session saved may be opened: the renderer never names an arbitrary file.
  const saved = new Set<string>();
  return {
    'supervisor.report': (input) => supervisor.report(input),
    'supervisor.tileList': (input) => supervisor.tileList(input),
    'export.handlingLog': async (input, context) => {
      if (!target) throw new DeskFailure('STORAGE', NO_TARGET.en, { reason: 'no_target', message: NO_TARGET });
      const chosen = await target.choose(exportFileName(input, now()), input.format);
      if (!chosen) return { saved: false };
      const result = await exports.exportHandlingLog(input, context.session, chosen);
      saved.add(result.path);
      return { saved: true, ...result };
    },
    'export.open': async (input) => {
      if (!saved.has(input.path)) throw new DeskFailure('NOT_FOUND', NOT_EXPORTED.en, { reason: 'not_exported', message: NOT_EXPORTED });
      const problem = await target?.open(input.path);
      if (problem) throw new DeskFailure('STORAGE', problem, { reason: 'open_failed' });
      return { opened: true };
    },
  };
}
