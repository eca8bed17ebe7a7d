import { calls, fail, isCallName, mayCall, ok, DeskFailure, type CallName, type Result, type Session } from '../../../shared/contract';
import { parseWithIssues } from '../../../shared/validation';
import type { Logger } from '../log/logger';
import type { Handlers } from './handlers/handler-types';

/** What the transport knows about who sent the call (Electron frame, test bridge, CLI). */
export interface Sender {
  /** True only for the app's own top-level frame served from app://. */
  readonly trusted: boolean;
}

export type Dispatch = (name: unknown, input: unknown, sender: Sender) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  readonly handlers: Handlers;
  readonly session: () => Session | null;
  readonly logger: Logger;
}

/**
 * The single door every call goes through, in this order: known call → trusted
 * sender → input parsed by the contract → role → service → output parsed by the
 * contract. Nothing reaches a service unless every earlier step passed.
 */
export function createDispatcher({ handlers, session, logger }: DispatcherOptions): Dispatch {
  return async (name, rawInput, sender) => {
    if (!isCallName(name)) {
      logger.warn({ call: String(name).slice(0, 80) }, 'unknown call refused');
      return fail('UNKNOWN_CALL', 'This call does not exist.');
    }
    if (!sender.trusted) {
      logger.warn({ call: name }, 'call from a foreign frame refused');
      return fail('FORBIDDEN_SENDER', 'Calls are accepted only from the application window.');
    }
    const spec = calls[name];
    const input = parseWithIssues(spec.input, rawInput ?? {});
    if (!input.success) return fail('VALIDATION', 'The request is not valid.', { issues: input.issues });
    const current = session();
    if (!mayCall(spec.roles, current)) {
      return current
        ? fail('FORBIDDEN_ROLE', 'Your role does not allow this.', { required: spec.roles })
        : fail('UNAUTHENTICATED', 'Sign in first.');
    }
    try {
      const handler = handlers[name] as (input: unknown, context: { session: Session | null }) => unknown;
      const value: unknown = await handler(input.data, { session: current });
      const output = spec.output.safeParse(value);
      if (!output.success) {
        logger.error({ call: name, issues: output.error.issues.map((i) => i.path.join('.')) }, 'service output broke its schema');
        return fail('OUTPUT_INVALID', 'The application produced an invalid answer; nothing was shown.');
      }
      return ok(output.data);
    } catch (error) {
      if (error instanceof DeskFailure) return fail(error.code, error.message, error.details);
      logger.error({ call: name, err: error }, 'call failed');
      return fail('INTERNAL', 'Something went wrong; the error was logged.');
    }
  };
}

export type { CallName };
