import type { CounterAction, Intake } from '../../../shared/contract/actions';
import { portalFieldsOf } from '../../../shared/domain/action-kinds';
import type { CounterActionInput } from '../../../shared/portal/results';
import { queueReason, type QueueReasonCode, type QueueReasonParams } from '../../../shared/domain/queue-reasons';
import type { PortalError, PortalResult } from '../portal/errors';
import type { ActionOutcome, PortalClient } from '../portal/portal-client';
import type { ActionSender, OutgoingAction, SendOutcome } from './action-sender';

/** Gives a portal token for the officer who recorded an action (null: that officer must sign in). */
export type TokenProvider = (officerId: string) => Promise<string | null>;


/** The portal request for a counter action; its fields come from the kind's declaration. */
export function toActionInput(action: OutgoingAction, counter: CounterAction, expectedVersion: number): CounterActionInput {
  return { dossierCode: action.dossierCode, kind: counter.kind, expectedVersion, idempotencyKey: action.idemKey, ...portalFieldsOf(counter) };
}

export function outcomeOf(result: PortalResult<ActionOutcome>): SendOutcome {
  if (result.ok) return { kind: 'delivered', dossier: result.value.dossier };
  const error: PortalError = result.error;
  const detail = error.message;
  const retry = (code: QueueReasonCode, retryAfterMs: number | null, offline: boolean, params: QueueReasonParams = {}, message = queueReason(code, params)): SendOutcome =>
    ({ kind: 'retry', retryAfterMs, code, params, message, detail, offline });
  switch (error.kind) {
    case 'offline':
    case 'timeout':
      return retry(error.kind, null, true);
    case 'server':
      // 502/503: the gateway or the portal is down — the officer sees "offline".
      return retry('server', error.retryAfterMs, error.status === 502 || error.status === 503, { status: error.status });
    case 'rate_limited':
      return retry('rate_limited', error.retryAfterMs, false);
    case 'bad_response':
      return retry('bad_response', null, false);
    case 'unauthorized':
      return retry('unauthorized', null, false, {}, error.reason ?? queueReason('unauthorized'));
    case 'conflict':
      return { kind: 'conflict', code: 'conflict', currentVersion: error.currentVersion, theirs: error.current, message: error.reason ?? queueReason('conflict'), detail };
    case 'invalid':
      return { kind: 'rejected', code: 'rejected', params: { status: error.status }, message: error.reason ?? queueReason('rejected', { status: error.status }), detail };
    case 'gone':
      return { kind: 'rejected', code: 'rejected', params: { status: 410 }, message: error.reason ?? queueReason('rejected', { status: 410 }), detail };
    case 'not_found':
      return { kind: 'rejected', code: 'not_found', message: queueReason('not_found'), detail };
  }
}

/** The drain's view of the portal: one call per action, the same idempotency key on every attempt. */
export function createPortalActionSender(client: PortalClient, tokenFor: TokenProvider): ActionSender {
  return {
    async send(action) {
      const token = await tokenFor(action.officerId);
      if (!token) {
        const params = { officerId: action.officerId };
        return { kind: 'retry', retryAfterMs: 60_000, code: 'needs_sign_in', params, message: queueReason('needs_sign_in', params), offline: false };
      }
      if (action.kind === 'intake') {
        const intake = action.payload as Intake;
        const documents = `Giấy tờ: ${intake.documents.join('; ')}`;
        return outcomeOf(
          await client.intakeDossier(token, {
            idempotencyKey: action.idemKey,
            procedureCode: intake.procedureCode,
            ...(intake.competentUnitCode ? { competentUnitCode: intake.competentUnitCode } : {}),
            applicant: intake.applicant,
            summary: intake.summary,
            sets: intake.sets,
            vneidVerified: intake.vneidVerified,
            note: intake.note ? `${intake.note}\n${documents}` : documents,
          }),
        );
      }
      const expected = action.expectedVersion ?? 1;
      return outcomeOf(await client.postAction(token, toActionInput(action, action.payload as CounterAction, expected)));
    },
  };
}
