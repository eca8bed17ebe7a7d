import type { PortalError } from '../errors';
import { parseRetryAfter } from '../classify';
import type { FetchResponseLike } from '../transport';
import { opencpsExceptionSchema } from './wire';
import { isBlank } from '../../../../shared/domain/blank';

function exceptionText(text: string): string | null {
  if (isBlank(text)) return null;
  try {
    const parsed = opencpsExceptionSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data.description ?? parsed.data.message ?? null;
  } catch {
    // Not JSON: some releases answer an HTML error page.
  }
  return text.slice(0, 200);
}

/**
 * OpenCPS errors are irregular: 401/403/404/500 with an exception model, and 405 with an
 * empty body for an unknown dossier or a missing action code. Each becomes one of the
 * kinds the outbox decides by, with a reason the officer can read.
 */
export function classifyOpencpsFailure(response: FetchResponseLike, text: string): PortalError {
  const status = response.status;
  const detail = exceptionText(text);
  const message = `HTTP ${status}${detail ? `: ${detail}` : ''}`;
  const said = detail ? ` (${detail})` : '';
  if (status === 401) {
    return { kind: 'unauthorized', message, reason: { vi: 'Hệ thống một cửa không nhận tài khoản này. Vui lòng đăng nhập lại.', en: 'The one-stop system did not accept these credentials. Please sign in again.' } };
  }
  if (status === 403) {
    return {
      kind: 'invalid', message, status,
      reason: { vi: `Hệ thống một cửa không cho phép tài khoản này thực hiện thao tác${said}. Liên hệ quản trị quy trình.`, en: `The one-stop system does not allow this account to do that${said}. Ask the workflow administrator.` },
    };
  }
  if (status === 404 || (status === 405 && detail === null)) return { kind: 'not_found', message: status === 405 ? 'HTTP 405 (empty body): unknown dossier or action code' : message };
  if (status === 409) return { kind: 'conflict', message, currentVersion: 0, current: null };
  if (status === 429) return { kind: 'rate_limited', message, retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) ?? 1000 };
  if (status >= 500) return { kind: 'server', message, status, retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) };
  if (status >= 400) {
    return { kind: 'invalid', message, status, reason: { vi: `Hệ thống một cửa từ chối yêu cầu${said}.`, en: `The one-stop system refused the request${said}.` } };
  }
  return { kind: 'bad_response', message: `unexpected status ${status}`, status };
}
