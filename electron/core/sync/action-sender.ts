import type { Dossier } from '../../../shared/domain/dossier';
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

/** What became of one attempt, as the outbox needs to know it. */
export type SendOutcome =
  | { readonly kind: 'delivered'; readonly dossier: Dossier }
  | { readonly kind: 'retry'; readonly retryAfterMs: number | null; readonly code: string; readonly message: LocalizedText; readonly offline: boolean }
  | { readonly kind: 'conflict'; readonly currentVersion: number | null; readonly theirs: Dossier | null; readonly message: LocalizedText }
  | { readonly kind: 'rejected'; readonly message: LocalizedText };

/** The portal as the drain sees it; the HTTP adapter maps the typed client errors to outcomes. */
export interface ActionSender {
  send(action: OutgoingAction): Promise<SendOutcome>;
}
