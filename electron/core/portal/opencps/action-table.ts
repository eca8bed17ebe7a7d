import type { PortalFields } from '../../../../shared/domain/action-kinds';
import { collectionNote } from '../../../../shared/domain/action-kinds/result-collector';
import { formatDisplayDate, officeDayStart } from '../../../../shared/domain/office-time';

/** Results are due at the end of the office afternoon of the appointment day. */
const CLOSING_MS = 17 * 3_600_000;

/**
 * How a counter action goes on an OpenCPS wire, read off the fields its declaration fills
 * (shared/domain/action-kinds): the officer's words (and, for a returned result, who collected
 * it and the fee) in actionNote, the facts in the JSON payload, a new appointment as OpenCPS's `dueDate` (epoch ms). The action code itself is
 * site configuration (portal.opencps.actionCodes).
 */
export function opencpsActionWire(fields: PortalFields): { note: string | null; payload: Record<string, string>; dueDate: string | undefined } {
  const { reason, forwardTo, newDueDate, note, collector, feeCollectedVnd } = fields;
  const fee = feeCollectedVnd ?? null;
  const lines = [
    reason,
    forwardTo ? `Chuyển đến ${forwardTo}` : null,
    newDueDate ? `Hẹn lại ngày trả ${formatDisplayDate(newDueDate)}` : null,
    collectionNote(collector, fee),
    note,
  ];
  const payload: Record<string, string> = {};
  if (reason) payload['lyDo'] = reason;
  if (forwardTo) payload['donViNhan'] = forwardTo;
  if (newDueDate) payload['ngayHenTraMoi'] = newDueDate;
  if (collector) {
    payload['nguoiNhanLaChuHoSo'] = collector.self ? '1' : '0';
    if (collector.name) payload['hoTenNguoiNhan'] = collector.name;
    if (collector.idNumber) payload['soDinhDanhNguoiNhan'] = collector.idNumber;
  }
  if (fee !== null) payload['lePhiDaThu'] = String(fee);
  return {
    note: lines.filter(Boolean).join('\n') || null,
    payload,
    dueDate: newDueDate ? String(officeDayStart(newDueDate).getTime() + CLOSING_MS) : undefined,
  };
}

/**
 * The outbox key travels with the action, in the note and in the payload, so the desk can
 * tell from the dossier's action history whether an attempt whose answer was lost was applied.
 */
const MARKER = /\[OSD:([0-9A-Za-z-]{8,64})\]/;
export const markNote = (note: string | null, key: string): string => `${note ? `${note}\n` : ''}[OSD:${key}]`;
export const keyInNote = (note: string | null | undefined): string | null => (note ? (MARKER.exec(note)?.[1] ?? null) : null);
/** The note as the officer wrote it (the marker is ours, not theirs). */
export const stripMarker = (note: string | null | undefined): string | null => {
  if (!note) return null;
  const clean = note.replace(MARKER, '').trim();
  return clean === '' ? null : clean;
};
export const PAYLOAD_KEY = 'oneStopDeskKey';
