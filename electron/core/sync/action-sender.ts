import type { Dossier } from '../../../shared/domain/dossier';
import type { QueueReasonParams } from '../../../shared/domain/queue-reasons';
import type { LocalizedText } from '../../../shared/validation';

/** One queued action as it goes on the wire: the same key on every attempt. */
export interface OutgoingAction {
  readonly idemKey: string;
  readonly kind: string;
  readonly dossierCode: string;
  readonly expectedVersion: number | null;
  readonly payload: unknown;
  readonly officerId: string;
}

/** The reason as the outbox keeps it: code and params, the officer's words, the portal's own text as a detail. */
interface Reason {
  readonly code?: string;
  readonly params?: QueueReasonParams;
  readonly message: LocalizedText;
  readonly detail?: string | null;
}

/** What became of one attempt, as the outbox needs to know it. */
export type SendOutcome =
  | { readonly kind: 'delivered'; readonly dossier: Dossier }
  | ({ readonly kind: 'retry'; readonly retryAfterMs: number | null; readonly code: string; readonly offline: boolean } & Reason)
  | ({ readonly kind: 'conflict'; readonly currentVersion: number | null; readonly theirs: Dossier | null } & Reason)
  | ({ readonly kind: 'rejected' } & Reason);

/** The portal as the drain sees it; the HTTP adapter maps the typed client errors to outcomes. */
export interface ActionSender {
  send(action: OutgoingAction): Promise<SendOutcome>;
}
