import { DeskFailure } from '../../../shared/contract/errors';
import type { Session } from '../../../shared/contract/roles';
import type { AuditLog } from '../audit/audit-log';

/** What an officer looked at: the dossier code, or the applicant by their masked ID. Never full values. */
export type RecordView =
  | { readonly what: 'dossier'; readonly code: string; readonly applicantIdMasked: string | null }
  | { readonly what: 'citizen'; readonly ref: number; readonly idNumberMasked: string };

/**
 * The screen re-asks for an open record whenever the cache moves (every pull): that is
 * still the same view, so the same officer re-reading the same record within this window
 * is not written again. Opening another record, or coming back later, is a new view.
 */
export const SAME_VIEW_MS = 10 * 60_000;

/** Writes one audit row per view of a person's record (dossier or applicant): who, what, when. */
export function createViewAudit(audit: AuditLog, now: () => Date) {
  const lastView = new Map<string, { key: string; at: number }>();
  return {
    record(session: Session | null, view: RecordView): void {
      if (!session) throw new DeskFailure('UNAUTHENTICATED', 'Sign in first.');
      const key = view.what === 'dossier' ? `d:${view.code}` : `c:${view.ref}`;
      const at = now().getTime();
      const last = lastView.get(session.officerId);
      if (last && last.key === key && at - last.at < SAME_VIEW_MS) return;
      lastView.set(session.officerId, { key, at });
      audit.append(
        view.what === 'dossier'
          ? { officerId: session.officerId, action: 'view_dossier', subject: view.code, detail: { applicant: view.applicantIdMasked } }
          : { officerId: session.officerId, action: 'view_citizen', subject: view.idNumberMasked, detail: { ref: view.ref } },
      );
    },
  };
}
export type ViewAudit = ReturnType<typeof createViewAudit>;
