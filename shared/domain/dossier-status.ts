import { z } from 'zod';
import type { LocalizedText } from '../validation';
import { ACTION_KIND_NAMES, transitionOf, type ActionKind } from './action-kinds/derived';

/** National dossier status codes (TrangThaiHoSo 1–10). */
export const dossierStatusSchema = z.union([
  z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5),
  z.literal(6), z.literal(7), z.literal(8), z.literal(9), z.literal(10),
]);
export type DossierStatus = z.infer<typeof dossierStatusSchema>;
export const DOSSIER_STATUSES: readonly DossierStatus[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Ended without a result: not accepted (3), withdrawn by the applicant (7), processing stopped (8). */
export const STOPPED_STATUSES: readonly DossierStatus[] = [3, 7, 8];
/** Nothing pending for the applicant: stopped, or the result returned (10); never due, never overdue, never "open". */
export const SETTLED_STATUSES: readonly DossierStatus[] = [...STOPPED_STATUSES, 10];
export const isOpenStatus = (status: DossierStatus): boolean => !SETTLED_STATUSES.includes(status);

export const DOSSIER_STATUS_NAMES: Readonly<Record<DossierStatus, LocalizedText>> = {
  1: { vi: 'Mới đăng ký', en: 'Newly registered' },
  2: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  3: { vi: 'Không tiếp nhận', en: 'Not accepted' },
  4: { vi: 'Đang xử lý', en: 'Processing' },
  5: { vi: 'Yêu cầu bổ sung', en: 'Supplement requested' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Financial obligation requested' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by applicant' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  9: { vi: 'Đã xử lý xong', en: 'Processed' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

export {
  ACTION_KIND_NAMES,
  actionKindSchema,
  COUNTER_ACTION_KINDS,
  INTAKE_STATUS,
  isStatusNeutral,
  type ActionKind,
  type CounterActionKind,
} from './action-kinds/derived';

export type TransitionOutcome = { ok: true; status: DossierStatus } | { ok: false; reason: LocalizedText };

/** The status after `kind` is applied in `status`, or why the counter may not do it. */
export function nextStatus(status: DossierStatus, kind: ActionKind): TransitionOutcome {
  if (kind === 'intake') {
    return {
      ok: false,
      reason: {
        vi: 'Tiếp nhận hồ sơ mới tạo một hồ sơ mới, không áp dụng cho hồ sơ đã có.',
        en: 'Intake creates a new dossier; it does not apply to an existing one.',
      },
    };
  }
  const rule = transitionOf(kind);
  if (rule === 'none') return { ok: true, status };
  if (rule.from.includes(status)) return { ok: true, status: rule.to === 'unchanged' ? status : rule.to };
  const from = rule.from.map((s) => `${s}`).join(', ');
  const name = DOSSIER_STATUS_NAMES[status];
  const action = ACTION_KIND_NAMES[kind];
  return {
    ok: false,
    reason: {
      vi: `Không thể "${action.vi}" khi hồ sơ ở trạng thái ${status} (${name.vi}); chỉ được khi trạng thái là ${from}.`,
      en: `Cannot "${action.en}" a dossier in status ${status} (${name.en}); allowed only in status ${from}.`,
    },
  };
}
