import type { Language } from '../../../../shared/contract/app';
import type { SyncState } from '../../../../shared/contract/supervisor';
import { ACTION_KIND_NAMES } from '../../../../shared/domain/dossier-status';
import type { LocalizedText } from '../../../../shared/validation';
import type { LogBookRow } from './log-book-rows';

export type CellValue = string | number | Date | null;
export type ColumnKind = 'text' | 'number' | 'datetime';

/** One column of the log book, in every format; `width` is in Excel characters. */
export interface LogBookColumn {
  readonly key: string;
  readonly header: LocalizedText;
  readonly kind: ColumnKind;
  readonly width: number;
  readonly value: (row: LogBookRow) => string | number | null;
}

export const SYNC_STATE_NAMES: Readonly<Record<SyncState, LocalizedText>> = {
  synced: { vi: 'Đã đồng bộ', en: 'Synced' },
  waiting: { vi: 'Chưa đồng bộ: chờ gửi', en: 'Not synced: waiting' },
  sending: { vi: 'Chưa đồng bộ: đang gửi', en: 'Not synced: sending' },
  conflict: { vi: 'Chưa đồng bộ: xung đột phiên bản', en: 'Not synced: version conflict' },
  rejected: { vi: 'Chưa đồng bộ: bị từ chối', en: 'Not synced: rejected' },
  local_only: { vi: 'Lưu trên máy này (không gửi Cổng)', en: 'Kept on this PC (not sent to the portal)' },
};

const text = (s: string | null | undefined): string | null => (s === undefined || s === null || s === '' ? null : s);

/** Address and phone share one column, as in the paper book. `phone` is already masked when needed. */
export const addressAndPhone = (row: LogBookRow, phone: string | null): string | null =>
  text([row.address, phone].filter((x): x is string => Boolean(x)).join(' — '));

export function logBookColumns(lang: Language): LogBookColumn[] {
  return [
    { key: 'no', header: { vi: 'STT', en: 'No.' }, kind: 'number', width: 6, value: (r) => r.no },
    { key: 'code', header: { vi: 'Mã hồ sơ', en: 'Dossier code' }, kind: 'text', width: 26, value: (r) => r.dossierCode },
    { key: 'procedure', header: { vi: 'Thủ tục hành chính', en: 'Procedure' }, kind: 'text', width: 34, value: (r) => text(r.procedureName) },
    { key: 'sets', header: { vi: 'Số bộ hồ sơ', en: 'Sets' }, kind: 'number', width: 8, value: (r) => r.sets },
    { key: 'applicant', header: { vi: 'Tên tổ chức, cá nhân', en: 'Applicant' }, kind: 'text', width: 24, value: (r) => text(r.applicantName) },
    { key: 'address', header: { vi: 'Địa chỉ, số điện thoại', en: 'Address and phone' }, kind: 'text', width: 36, value: (r) => addressAndPhone(r, r.phone) },
    { key: 'receivingCentre', header: { vi: 'Nơi tiếp nhận', en: 'Received at' }, kind: 'text', width: 20, value: (r) => text(r.receivingCentre) },
    { key: 'unit', header: { vi: 'Cơ quan chủ trì giải quyết', en: 'Competent unit' }, kind: 'text', width: 20, value: (r) => text(r.competentUnit) },
    { key: 'received', header: { vi: 'Nhận hồ sơ', en: 'Received' }, kind: 'datetime', width: 17, value: (r) => r.receivedAt },
    { key: 'due', header: { vi: 'Hẹn trả kết quả', en: 'Due' }, kind: 'datetime', width: 17, value: (r) => r.dueAt },
    { key: 'forwarded', header: { vi: 'Chuyển hồ sơ đến', en: 'Forwarded to' }, kind: 'text', width: 16, value: (r) => text(r.forwardedTo) },
    { key: 'back', header: { vi: 'Nhận kết quả', en: 'Result back' }, kind: 'datetime', width: 17, value: (r) => r.resultBackAt },
    { key: 'returned', header: { vi: 'Trả kết quả', en: 'Returned' }, kind: 'datetime', width: 17, value: (r) => r.returnedAt },
    { key: 'officer', header: { vi: 'Cán bộ', en: 'Officer' }, kind: 'text', width: 22, value: (r) => (r.officerName === r.officerId ? r.officerId : `${r.officerName} (${r.officerId})`) },
    { key: 'notes', header: { vi: 'Ghi chú', en: 'Notes' }, kind: 'text', width: 30, value: (r) => text(r.notes) },
    { key: 'action', header: { vi: 'Thao tác', en: 'Action' }, kind: 'text', width: 20, value: (r) => ACTION_KIND_NAMES[r.action][lang] },
    { key: 'time', header: { vi: 'Thời gian thao tác', en: 'Action time' }, kind: 'datetime', width: 17, value: (r) => r.at },
    { key: 'sync', header: { vi: 'Trạng thái đồng bộ', en: 'Sync state' }, kind: 'text', width: 26, value: (r) => SYNC_STATE_NAMES[r.sync][lang] },
  ];
}
