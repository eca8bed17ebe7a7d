import { z } from 'zod';
import type { LocalizedText } from '../validation';

/** National dossier status codes (TrangThaiHoSo 1–10). */
export const dossierStatusSchema = z.union([
  z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5),
  z.literal(6), z.literal(7), z.literal(8), z.literal(9), z.literal(10),
]);
export type DossierStatus = z.infer<typeof dossierStatusSchema>;
export const DOSSIER_STATUSES: readonly DossierStatus[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Statuses with nothing left to do for the applicant (refused, withdrawn, stopped, returned): never "open". */
export const FINISHED_STATUSES: readonly DossierStatus[] = [3, 7, 8, 10];
export const isOpenStatus = (status: DossierStatus): boolean => !FINISHED_STATUSES.includes(status);

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

/** What an officer can record on a dossier; `intake` creates a new dossier instead. */
export const actionKindSchema = z.enum([
  'intake',
  'accept',
  'refuse',
  'request_supplement',
  'supplement_received',
  'forward',
  'return_result',
  'withdraw',
  'note',
  'vneid_guidance',
]);
export type ActionKind = z.infer<typeof actionKindSchema>;
/** Kinds recorded on an existing dossier. */
export type CounterActionKind = Exclude<ActionKind, 'intake'>;
export const COUNTER_ACTION_KINDS: readonly CounterActionKind[] = actionKindSchema.options.filter(
  (k): k is CounterActionKind => k !== 'intake',
);

export const ACTION_KIND_NAMES: Readonly<Record<ActionKind, LocalizedText>> = {
  intake: { vi: 'Tiếp nhận hồ sơ mới', en: 'New dossier intake' },
  accept: { vi: 'Tiếp nhận', en: 'Accept' },
  refuse: { vi: 'Từ chối tiếp nhận', en: 'Refuse' },
  request_supplement: { vi: 'Yêu cầu bổ sung', en: 'Request supplement' },
  supplement_received: { vi: 'Đã nhận bổ sung', en: 'Supplement received' },
  forward: { vi: 'Chuyển xử lý', en: 'Forward for processing' },
  return_result: { vi: 'Trả kết quả', en: 'Return result' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw' },
  note: { vi: 'Ghi chú', en: 'Note' },
  vneid_guidance: { vi: 'Hướng dẫn VNeID', en: 'VNeID guidance' },
};

/** A counter intake creates the dossier already received at the counter. */
export const INTAKE_STATUS: DossierStatus = 2;

/**
 * The counter's transition table. Statuses 6, 8 and 9 are set by the back office,
 * never from the counter. Choices beyond the national list:
 * - forward only from 2 (a processing dossier is re-routed by the back office);
 * - supplement_received only from 5 (back to processing, 4);
 * - withdraw is allowed before a result exists (1, 2, 4, 5, 6), never after 8/9/10
 *   nor from the closed states 3 and 7;
 * - note and vneid_guidance never change the status and are allowed in every status.
 */
const TABLE: Readonly<Record<Exclude<CounterActionKind, 'note' | 'vneid_guidance'>, { from: readonly DossierStatus[]; to: DossierStatus }>> = {
  accept: { from: [1], to: 2 },
  refuse: { from: [1], to: 3 },
  request_supplement: { from: [1, 2, 4], to: 5 },
  supplement_received: { from: [5], to: 4 },
  forward: { from: [2], to: 4 },
  return_result: { from: [9], to: 10 },
  withdraw: { from: [1, 2, 4, 5, 6], to: 7 },
};

export type TransitionOutcome = { ok: true; status: DossierStatus } | { ok: false; reason: LocalizedText };

/** True for kinds that never change the status (and never bump the dossier version). */
export const isStatusNeutral = (kind: ActionKind): boolean => kind === 'note' || kind === 'vneid_guidance';

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
  if (kind === 'note' || kind === 'vneid_guidance') return { ok: true, status };
  const rule = TABLE[kind];
  if (rule.from.includes(status)) return { ok: true, status: rule.to };
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
