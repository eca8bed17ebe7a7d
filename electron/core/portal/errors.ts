import type { Dossier } from '../../../shared/domain/dossier';
import type { LocalizedText } from '../../../shared/validation';

/**
 * Every way a portal call can fail, classified once so the outbox and the UI decide by
 * `kind`, never by message text. A response that is not what the API document says
 * (broken JSON, wrong shape) is `bad_response`: it never reaches callers as data.
 */
export type PortalError =
  /** No connection: refused, reset, DNS, TLS, or the socket closed before an answer. */
  | { readonly kind: 'offline'; readonly message: string; readonly cause: string | null }
  | { readonly kind: 'timeout'; readonly message: string; readonly timeoutMs: number }
  /** 5xx (including a portal outage); retry with backoff, honouring retryAfterMs when set. */
  | { readonly kind: 'server'; readonly message: string; readonly status: number; readonly retryAfterMs: number | null }
  | { readonly kind: 'rate_limited'; readonly message: string; readonly retryAfterMs: number }
  /** 409: the dossier moved on; re-apply on `current` or withdraw. */
  | { readonly kind: 'conflict'; readonly message: string; readonly currentVersion: number; readonly current: Dossier | null; readonly reason?: LocalizedText }
  /** 400/422: the portal refused the request; `reason` says why (vi/en) when the portal gave one. */
  | { readonly kind: 'invalid'; readonly message: string; readonly status: number; readonly reason: LocalizedText | null }
  | { readonly kind: 'unauthorized'; readonly message: string; readonly reason: LocalizedText | null }
  | { readonly kind: 'not_found'; readonly message: string }
  /** 410: the function no longer exists (account creation, Dispatch 3701/VPCP-KSTT). */
  | { readonly kind: 'gone'; readonly message: string; readonly reason: LocalizedText | null; readonly dispatch: string | null }
  | { readonly kind: 'bad_response'; readonly message: string; readonly status: number | null };

export type PortalErrorKind = PortalError['kind'];

export type PortalResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PortalError };
