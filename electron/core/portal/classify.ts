import { dossierWireSchema } from '../../../shared/portal/dossier-wire';
import { dossierFromWire } from '../../../shared/portal/map';
import { problemWireSchema, type ProblemWire } from '../../../shared/portal/misc-wire';
import type { PortalError } from './errors';
import type { FetchResponseLike } from './transport';
import { isBlank } from '../../../shared/domain/blank';

/** Retry-After as seconds or an HTTP date → ms; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs = Date.now()): number | null {
  if (value === null || isBlank(value)) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

function readProblem(text: string): ProblemWire | null {
  try {
    const parsed = problemWireSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Turns a non-2xx answer into a typed error. */
export function classifyFailure(response: FetchResponseLike, text: string): PortalError {
  const status = response.status;
  const p = readProblem(text);
  const message = p ? `${status} ${p.title}${p.detail ? `: ${p.detail}` : ''}` : `HTTP ${status}`;
  const reason = p?.reason ?? null;
  const retryHeader = parseRetryAfter(response.headers.get('retry-after'));
  const retryBody = p?.retryAfterSeconds !== undefined ? p.retryAfterSeconds * 1000 : null;
  if (status === 401 || status === 403) return { kind: 'unauthorized', message, reason };
  if (status === 404) return { kind: 'not_found', message };
  if (status === 409) {
    if (p?.currentVersion === undefined) return { kind: 'bad_response', message: `409 without currentVersion`, status };
    const current = p.current === undefined ? null : dossierWireSchema.safeParse(p.current);
    return { kind: 'conflict', message, currentVersion: p.currentVersion, current: current?.success ? dossierFromWire(current.data) : null };
  }
  if (status === 410) return { kind: 'gone', message, reason, dispatch: p?.dispatch ?? null };
  if (status === 429) return { kind: 'rate_limited', message, retryAfterMs: retryHeader ?? retryBody ?? 1000 };
  if (status >= 500) return { kind: 'server', message, status, retryAfterMs: retryHeader ?? retryBody };
  if (status >= 400) return { kind: 'invalid', message, status, reason };
  return { kind: 'bad_response', message: `unexpected status ${status}`, status };
}

/** Network-level failures: the abort from our own timeout is `timeout`, everything else `offline`. */
export function classifyThrown(error: unknown, timeoutMs: number): PortalError {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return { kind: 'timeout', message: `no answer within ${timeoutMs} ms`, timeoutMs };
  }
  const cause = e?.cause?.code ?? e?.cause?.message ?? null;
  return { kind: 'offline', message: `${e?.message ?? 'network error'}${cause ? ` (${cause})` : ''}`, cause };
}
