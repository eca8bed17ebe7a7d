import type { CounterActionKind } from '../../../../shared/domain/dossier-status';
import type { CounterActionInput } from '../../../../shared/portal/results';

/**
 * How each counter action goes on an OpenCPS wire — the one table to re-point when
 * action kinds move. The action code itself is site configuration (portal.opencps.actionCodes);
 * this says what travels in actionNote and in the JSON payload.
 */
export const OPENCPS_ACTION_WIRE: Readonly<Record<CounterActionKind, (input: CounterActionInput) => { note: string | null; payload: Record<string, string> }>> = {
  accept: (i) => ({ note: i.note ?? null, payload: {} }),
  refuse: (i) => ({ note: i.reason ?? null, payload: { lyDo: i.reason ?? '' } }),
  request_supplement: (i) => ({ note: [i.reason, i.note].filter(Boolean).join('\n') || null, payload: { giayToThieu: i.reason ?? '' } }),
  supplement_received: (i) => ({ note: i.note ?? null, payload: {} }),
  forward: (i) => ({ note: [i.forwardTo ? `Chuyển đến ${i.forwardTo}` : null, i.note].filter(Boolean).join('\n') || null, payload: { donViNhan: i.forwardTo ?? '' } }),
  return_result: (i) => ({ note: i.note ?? null, payload: {} }),
  withdraw: (i) => ({ note: i.reason ?? null, payload: { lyDo: i.reason ?? '' } }),
  note: (i) => ({ note: i.note ?? null, payload: {} }),
  vneid_guidance: (i) => ({ note: i.note ?? null, payload: {} }),
  assisted_online_filing: (i) => ({ note: i.note ?? null, payload: {} }),
};

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
