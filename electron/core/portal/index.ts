export type { PortalClient, ActionOutcome } from './portal-client';
export type { PortalError, PortalErrorKind, PortalResult } from './errors';
export { isRetryable, retryAfterMs } from './errors';
export { createHttpPortalClient, type HttpPortalClientOptions } from './http-client';
export type { FetchLike } from './transport';
