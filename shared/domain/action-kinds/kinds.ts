import type { LocalizedText } from '../../validation';
import type { DossierStatus } from '../dossier-status';
import { newDueDateProblem } from '../deadline-extension';
import { LINKAGE_STATE_NAMES, LINKAGE_STATES } from '../linkage-states';
import { formatDisplayDate } from '../office-time';
import { defineKind, type LogBookFacts } from './define-kind';
import { field } from './fields';
import { AUTHORISED, COLLECTOR_LABELS, collectionNote, collectorOf, collectorProblem } from './result-collector';

/**
 * Every counter action an officer records on an existing dossier, declared once: its
 * name, payload fields, status transition, portal code and what the log book shows.
 * The contract schema, transition table, wire mapping, form and CLI flags are derived
 * from this list (derived.ts). Statuses 6 and 9 are set by the back office today.
 * Choices beyond the national flow:
 * - forward only from 2 (a processing dossier is re-routed by the back office);
 * - supplement_received only from 5 (back to processing, 4);
 * - withdraw is allowed before a result exists (1, 2, 4, 5, 6), never after 8/9/10
 *   nor from the closed states 3 and 7;
 * - note and vneid_guidance never change the status and are allowed in every status;
 * - extend_deadline (form 04 of Circular 03/2025) and stop_processing (form 05) apply while
 *   the dossier is in hand (2, 4, 5, 6); the extension keeps the status but moves the due date.
 */

const note = field.optionalText({ label: { vi: 'Ghi chú', en: 'Note' }, flag: 'note', max: 2000 });
const reason = field.text({ label: { vi: 'Lý do', en: 'Reason' }, flag: 'reason', max: 2000 });

const noted = (a: { note?: string | undefined }): LogBookFacts => ({ note: a.note ?? null, forwardedTo: null });
const reasoned = (a: { reason: string }): LogBookFacts => ({ note: a.reason, forwardedTo: null });

export const COUNTER_KIND_DECLARATIONS = [
  defineKind({
    kind: 'accept',
    label: { vi: 'Tiếp nhận', en: 'Accept' },
    fields: { note },
    transition: { from: [1], to: 2 },
    wire: { national: 'TiepNhan' },
    toPortal: (a) => ({ note: a.note ?? null }),
    logBook: noted,
  }),
  defineKind({
    kind: 'refuse',
    label: { vi: 'Từ chối tiếp nhận', en: 'Refuse' },
    fields: { reason },
    transition: { from: [1], to: 3 },
    wire: { national: 'TuChoiTiepNhan' },
    toPortal: (a) => ({ reason: a.reason }),
    logBook: reasoned,
  }),
  defineKind({
    kind: 'request_supplement',
    label: { vi: 'Yêu cầu bổ sung', en: 'Request supplement' },
    fields: {
      missingDocuments: field.lines({
        label: { vi: 'Giấy tờ cần bổ sung (mỗi dòng một giấy tờ)', en: 'Documents to supply (one per line)' },
        flag: 'missing',
        maxLength: 300,
        maxItems: 30,
      }),
      note,
    },
    transition: { from: [1, 2, 4], to: 5 },
    wire: { national: 'YeuCauBoSung' },
    toPortal: (a) => ({ reason: a.missingDocuments.join('; '), note: a.note ?? null }),
    logBook: noted,
  }),
  defineKind({
    kind: 'supplement_received',
    label: { vi: 'Đã nhận bổ sung', en: 'Supplement received' },
    fields: { note },
    transition: { from: [5], to: 4 },
    wire: { national: 'NhanBoSung' },
    toPortal: (a) => ({ note: a.note ?? null }),
    logBook: noted,
  }),
  defineKind({
    kind: 'forward',
    label: { vi: 'Chuyển xử lý', en: 'Forward for processing' },
    fields: {
      toUnit: field.text({ label: { vi: 'Mã đơn vị xử lý', en: 'Handling unit code' }, flag: 'to', max: 64, multiline: false }),
      note,
    },
    transition: { from: [2], to: 4 },
    wire: { national: 'ChuyenXuLy' },
    toPortal: (a) => ({ forwardTo: a.toUnit, note: a.note ?? null }),
    logBook: (a) => ({ note: a.note ?? null, forwardedTo: a.toUnit }),
  }),
  // Who collected the result (the applicant, or a person they authorised) and the fee collected.
  defineKind({
    kind: 'return_result',
    label: { vi: 'Trả kết quả', en: 'Return result' },
    fields: {
      collector: field.choice({
        label: { vi: 'Người nhận kết quả', en: 'Collected by' },
        flag: 'collector',
        options: ['applicant', 'authorised'],
        optionLabels: COLLECTOR_LABELS,
        initial: 'applicant',
      }),
      collectorName: field.optionalText({
        label: { vi: 'Họ và tên người được ủy quyền', en: 'Authorised person\'s full name' }, flag: 'collector-name', max: 200, multiline: false, onlyWhen: AUTHORISED,
      }),
      collectorId: field.optionalText({
        label: { vi: 'Số định danh người được ủy quyền', en: 'Authorised person\'s ID number' }, flag: 'collector-id', max: 40, multiline: false, onlyWhen: AUTHORISED,
      }),
      feeCollectedVnd: field.money({ label: { vi: 'Lệ phí đã thu (đồng)', en: 'Fee collected (VND)' }, flag: 'fee' }),
      note,
    },
    transition: { from: [9], to: 10 },
    wire: { national: 'TraKetQua' },
    toPortal: (a) => ({ note: a.note ?? null, collector: collectorOf(a), feeCollectedVnd: (a as { feeCollectedVnd?: number }).feeCollectedVnd ?? null }),
    logBook: (a) => ({ note: [collectionNote(collectorOf(a), a.feeCollectedVnd), a.note].filter(Boolean).join('; '), forwardedTo: null }),
    check: (a, dossier) => collectorProblem(a, dossier.today),
  }),
  defineKind({
    kind: 'withdraw',
    label: { vi: 'Rút hồ sơ', en: 'Withdraw' },
    fields: { reason },
    transition: { from: [1, 2, 4, 5, 6], to: 7 },
    wire: { national: 'RutHoSo' },
    toPortal: (a) => ({ reason: a.reason }),
    logBook: reasoned,
  }),
  defineKind({
    kind: 'extend_deadline',
    label: { vi: 'Xin lỗi và hẹn lại ngày trả', en: 'Apologise and extend the deadline' },
    fields: {
      newDueDate: field.date({ label: { vi: 'Ngày hẹn trả mới', en: 'New due date' }, flag: 'due' }),
      reason,
    },
    transition: { from: [2, 4, 5, 6], to: 'unchanged' },
    wire: { national: 'XinLoiGiaHan' },
    toPortal: (a) => ({ reason: a.reason, newDueDate: a.newDueDate }),
    logBook: (a) => ({ note: `Hẹn lại ngày trả ${formatDisplayDate(a.newDueDate)}: ${a.reason}`, forwardedTo: null }),
    check: (a, dossier) => {
      const message = newDueDateProblem(a.newDueDate, dossier);
      return message ? { field: 'newDueDate', message } : null;
    },
  }),
  defineKind({
    kind: 'stop_processing',
    label: { vi: 'Dừng xử lý hồ sơ', en: 'Stop processing' },
    fields: { reason },
    transition: { from: [2, 4, 5, 6], to: 8 },
    wire: { national: 'DungXuLy' },
    toPortal: (a) => ({ reason: a.reason }),
    logBook: reasoned,
  }),
  defineKind({
    kind: 'note',
    label: { vi: 'Ghi chú', en: 'Note' },
    fields: { text: field.text({ label: { vi: 'Nội dung ghi chú', en: 'Note text' }, flag: 'text', max: 2000 }) },
    transition: 'none',
    wire: { national: 'GhiChu' },
    toPortal: (a) => ({ note: a.text }),
    logBook: (a) => ({ note: a.text, forwardedTo: null }),
  }),
  defineKind({
    kind: 'vneid_guidance',
    label: { vi: 'Hướng dẫn VNeID', en: 'VNeID guidance' },
    fields: {
      state: field.choice({
        label: { vi: 'Tình trạng tài khoản VNeID', en: 'VNeID account state' },
        flag: 'state',
        options: LINKAGE_STATES,
        optionLabels: LINKAGE_STATE_NAMES,
        initial: 'no_account',
      }),
      slipPrinted: field.flag({ label: { vi: 'Đã in phiếu hướng dẫn', en: 'Guidance slip printed' }, flag: 'slip' }),
    },
    transition: 'none',
    wire: { national: 'HuongDanVNeID' },
    toPortal: (a) => ({ note: `VNeID: ${a.state}; phiếu hướng dẫn: ${a.slipPrinted ? 'đã in' : 'không in'}` }),
    logBook: () => ({ note: null, forwardedTo: null }),
  }),
  // Directive 24: the counter helped the applicant file this (online) dossier instead of taking paper.
  defineKind({
    kind: 'assisted_online_filing',
    label: { vi: 'Hỗ trợ nộp hồ sơ trực tuyến', en: 'Assisted online filing' },
    fields: {
      readiness: field.choice({
        label: { vi: 'Người nộp', en: 'Applicant' },
        flag: 'readiness',
        options: ['filed_now', 'steps_first'],
        optionLabels: {
          filed_now: { vi: 'Đã nộp trực tuyến tại quầy (VNeID mức độ 2)', en: 'Filed online at the counter (VNeID level 2)' },
          steps_first: { vi: 'Được hướng dẫn các bước cần làm trước khi nộp', en: 'Given the steps to take before filing' },
        },
        initial: 'filed_now',
      }),
      slipPrinted: field.flag({ label: { vi: 'Đã in phiếu hướng dẫn', en: 'Guidance slip printed' }, flag: 'slip' }),
      note,
    },
    transition: 'none',
    wire: { national: 'HoTroNopTrucTuyen' },
    toPortal: (a) => ({ note: [`Hỗ trợ nộp trực tuyến: ${a.readiness === 'filed_now' ? 'đã nộp tại quầy' : 'hướng dẫn các bước trước'}`, a.note].filter(Boolean).join('; ') }),
    logBook: noted,
  }),
] as const;

/** Intake creates a new dossier (its own portal route), so it is not a counter kind. */
export const INTAKE_DECLARATION = {
  kind: 'intake',
  label: { vi: 'Tiếp nhận hồ sơ mới', en: 'New dossier intake' } satisfies LocalizedText,
  wire: { national: 'TiepNhanTrucTiep' },
  /** A counter intake creates the dossier already received at the counter. */
  status: 2 satisfies DossierStatus,
} as const;
