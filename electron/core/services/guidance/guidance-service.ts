import type { GuidanceRecord } from '../../../../shared/contract/guidance';
import { DeskFailure } from '../../../../shared/contract/errors';
import type { Session } from '../../../../shared/contract/roles';
import { citizenSchema } from '../../../../shared/domain/citizen';
import { linkageStatus } from '../../../../shared/domain/linkage';
import { LINKAGE_STATE_NAMES, type LinkageState } from '../../../../shared/domain/linkage-states';
import { officeDate } from '../../../../shared/domain/office-time';
import { maskTail } from '../../../../shared/privacy';
import type { AuditLog } from '../../audit/audit-log';
import type { CitizenStore } from '../../db/cache/citizen-store';

export interface GuidanceDeps {
  readonly citizens: CitizenStore;
  readonly audit: AuditLog;
  readonly now: () => Date;
  readonly unit: { readonly code: string; readonly name: string };
}

/**
 * VNeID guidance given at the counter as an act of its own (a walk-in may have no dossier).
 * The state recorded is the one the cached facts decide today, never one typed in.
 */
export function createGuidanceService(deps: GuidanceDeps) {
  return {
    record(session: Session | null, ref: number, shownState: LinkageState, slipPrinted: boolean): GuidanceRecord {
      if (!session) throw new DeskFailure('UNAUTHENTICATED', 'Sign in first.');
      const row = deps.citizens.byRef(ref);
      const parsed = row ? citizenSchema.safeParse(JSON.parse(row.body)) : null;
      if (!parsed?.success) {
        throw new DeskFailure('NOT_FOUND', 'This applicant is not in the local cache.', {
          message: { vi: 'Không có người nộp này trong bộ nhớ đệm của máy.', en: 'This applicant is not in the local cache.' },
        });
      }
      const at = deps.now();
      const decided = linkageStatus(parsed.data.linkage, officeDate(at)).state;
      if (decided !== shownState) {
        const now = LINKAGE_STATE_NAMES[decided];
        throw new DeskFailure('CONFLICT', `The applicant's VNeID state is now "${now.en}"; check the guidance again.`, {
          message: {
            vi: `Tình trạng VNeID của người nộp vừa đổi thành "${now.vi}": xem lại hướng dẫn trước khi ghi nhận.`,
            en: `The applicant's VNeID state has just changed to "${now.en}": check the guidance again before recording.`,
          },
          state: decided,
        });
      }
      deps.audit.append({
        officerId: session.officerId,
        action: 'vneid_guidance',
        subject: maskTail(parsed.data.idNumber, 4),
        detail: { ref, state: decided, slipPrinted },
      });
      return {
        recordedAt: at.toISOString(),
        state: decided,
        officerId: session.officerId,
        officerName: session.displayName,
        unitCode: deps.unit.code,
        unitName: deps.unit.name,
      };
    },
  };
}
export type GuidanceService = ReturnType<typeof createGuidanceService>;

