import type { PortalFields } from '../../../../shared/domain/action-kinds';

/** What one counter action carries on an OpenCPS wire besides its (site-configured) action code. */
export interface OpencpsActionWire {
  readonly note: string | null;
  readonly payload: Readonly<Record<string, string>>;
}

/**
 * Derived from the dialect-neutral portal fields every kind declares (shared/domain/action-kinds),
 * so a new kind needs no entry here. The action code itself is site configuration
 * (portal.opencps.actionCodes); the note is what the site's officers read in the history.
 */
export function opencpsWireOf(fields: PortalFields): OpencpsActionWire {
  const present = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim() !== '';
  const lines = [fields.reason, present(fields.forwardTo) ? `Chuyển đến ${fields.forwardTo}` : null, fields.note].filter(present);
  return {
    note: lines.length > 0 ? lines.join('\n') : null,
    payload: {
      ...(present(fields.reason) ? { lyDo: fields.reason } : {}),
      ...(present(fields.forwardTo) ? { donViNhan: fields.forwardTo } : {}),
    },
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
