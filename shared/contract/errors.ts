import { z } from 'zod';

/** Every error code a call can return. The renderer translates by code, never by message. */
export const errorCodeSchema = z.enum([
  'UNKNOWN_CALL',
  'FORBIDDEN_SENDER',
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN_ROLE',
  'OUTPUT_INVALID',
  'NOT_FOUND',
  'CONFLICT',
  'REJECTED',
  'OFFLINE',
  'STORAGE',
  'CONFIG_INVALID',
  'INTERNAL',
  /** The session is locked: only unlock and status calls pass until the password is given. */
  'LOCKED',
  /** Too many wrong passwords: wait `details.retryAfterSeconds`. */
  'THROTTLED',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const deskErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
});
export type DeskError = z.infer<typeof deskErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: DeskError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Thrown by core services to return a typed error through the dispatcher. */
export class DeskFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DeskFailure';
  }
}
