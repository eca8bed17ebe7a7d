import type { Language } from '../../../../shared/contract/app';
import type { AuditChainStatus } from '../../../../shared/contract/supervisor';
import { formatDisplayDate, formatDisplayDateTime } from '../../../../shared/domain/office-time';
import { witnessLines } from '../../audit/witness-text';
import type { LocalizedText } from '../../../../shared/validation';
import type { CollectedActions } from '../supervisor/action-entries';
import type { LogBookRow } from './log-book-rows';

const LOG_UNREACHABLE: LocalizedText = {
  vi: 'Không kết nối được Cổng dịch vụ công: sổ chỉ gồm thao tác ghi trên máy này, thao tác của các quầy khác có thể bị thiếu.',
  en: "The portal could not be reached: only this PC's actions are listed; other counters' actions may be missing.",
};
/** An OpenCPS site answers but keeps no unit-wide log: not an outage, and said so. */
const LOG_NOT_KEPT: LocalizedText = {
  vi: 'Hệ thống một cửa của đơn vị không cung cấp sổ theo dõi thao tác chung: sổ chỉ gồm thao tác ghi trên máy này.',
  en: "The office's one-stop system keeps no shared handling log: only the actions recorded on this PC are listed.",
};

/** What the book says about the portal's part of it, from how the actions were collected. */
export const portalNoticeOf = (actions: Pick<CollectedActions, 'portalReachable' | 'portalError'>): LocalizedText | null =>
  actions.portalReachable ? null : actions.portalError === 'not_found' ? LOG_NOT_KEPT : LOG_UNREACHABLE;

/** Everything a renderer (XLSX, CSV, PDF) needs to print the log book. */
export interface LogBookDocument {
  readonly lang: Language;
  readonly range: { readonly from: string; readonly to: string };
  readonly generatedAt: Date;
  /** The unit's agency code, when known. */
  readonly unit: string | null;
  readonly portalReachable: boolean;
  /** Why the portal's handling log is not in the book (unreachable, or not kept), when it is not. */
  readonly portalNotice: LocalizedText | null;
  readonly rows: readonly LogBookRow[];
  readonly audit: AuditChainStatus;
}

/** The handling log book is form 07 of Circular 03/2025/TT-VPCP. */
export const title = (lang: Language): string =>
  lang === 'vi' ? 'SỔ THEO DÕI HỒ SƠ (Mẫu số 07, Thông tư số 03/2025/TT-VPCP)' : 'HANDLING LOG BOOK (form 07, Circular 03/2025/TT-VPCP)';

export function rangeLine(doc: LogBookDocument): string {
  const from = formatDisplayDate(doc.range.from);
  const to = formatDisplayDate(doc.range.to);
  if (doc.lang === 'vi') return doc.range.from === doc.range.to ? `Ngày ${from}` : `Từ ngày ${from} đến ngày ${to}`;
  return doc.range.from === doc.range.to ? `Day ${from}` : `From ${from} to ${to}`;
}

export function generatedLine(doc: LogBookDocument): string {
  const at = formatDisplayDateTime(doc.generatedAt.toISOString());
  const unit = doc.unit ? (doc.lang === 'vi' ? ` — Đơn vị: ${doc.unit}` : ` — Unit: ${doc.unit}`) : '';
  return (doc.lang === 'vi' ? `Lập lúc ${at}` : `Generated ${at}`) + unit;
}

export const unsyncedCount = (doc: LogBookDocument): number => doc.rows.filter((r) => r.sync !== 'synced' && r.sync !== 'local_only').length;

/** The closing lines every export carries: completeness, unsynced rows, the audit chain head and its check. */
export function trailerLines(doc: LogBookDocument): string[] {
  const vi = doc.lang === 'vi';
  const lines: string[] = [];
  if (doc.portalNotice) lines.push(doc.portalNotice[doc.lang]);
  const unsynced = unsyncedCount(doc);
  lines.push(
    vi ? `Số dòng: ${doc.rows.length}; chưa đồng bộ lên Cổng (ghi trên máy này): ${unsynced}` : `Rows: ${doc.rows.length}; not yet synced to the portal (this PC): ${unsynced}`,
  );
  const { head } = doc.audit;
  lines.push(vi ? `Đầu chuỗi nhật ký kiểm toán: số ${head.seq}, mã băm ${head.hash}` : `Audit chain head: seq ${head.seq}, hash ${head.hash}`);
  lines.push(
    doc.audit.ok
      ? vi ? `Kiểm tra chuỗi nhật ký: toàn vẹn (${doc.audit.rows} dòng)` : `Audit chain check: intact (${doc.audit.rows} rows)`
      : vi ? `Kiểm tra chuỗi nhật ký: SAI từ dòng số ${doc.audit.firstBadSeq ?? '?'}` : `Audit chain check: BROKEN at row ${doc.audit.firstBadSeq ?? '?'}`,
  );
  if (doc.audit.witness) lines.push(...witnessLines(doc.audit.witness).map((l) => l[doc.lang]));
  return lines;
}

/** dd/MM/yyyy HH:mm in office time, or empty. */
export const displayInstant = (iso: string | null): string => (iso ? formatDisplayDateTime(iso) : '');
