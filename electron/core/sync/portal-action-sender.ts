import type { CounterAction, Intake } from '../../../shared/contract/actions';
import { portalFieldsOf } from '../../../shared/domain/action-kinds';
import type { CounterActionInput } from '../../../shared/portal/results';
import type { LocalizedText } from '../../../shared/validation';
import type { PortalError, PortalResult } from '../portal/errors';
import type { ActionOutcome, PortalClient } from '../portal/portal-client';
import type { ActionSender, OutgoingAction, SendOutcome } from './action-sender';

/** Gives a portal token for the officer who recorded an action (null: that officer must sign in). */
export type TokenProvider = (officerId: string) => Promise<string | null>;

const same = (text: string): LocalizedText => ({ vi: text, en: text });

/** The portal request for a counter action; its fields come from the kind's declaration. */
export function toActionInput(action: OutgoingAction, counter: CounterAction, expectedVersion: number): CounterActionInput {
  return { dossierCode: action.dossierCode, kind: counter.kind, expectedVersion, idempotencyKey: action.idemKey, ...portalFieldsOf(counter) };
}

export function outcomeOf(result: PortalResult<ActionOutcome>): SendOutcome {
  if (result.ok) return { kind: 'delivered', dossier: result.value.dossier };
  const error: PortalError = result.error;
  switch (error.kind) {
    case 'offline':
    case 'timeout':
      return { kind: 'retry', retryAfterMs: null, code: error.kind, message: same(error.message), offline: true };
    case 'server':
      // 502/503: the gateway or the portal is down — the officer sees "offline".
      return { kind: 'retry', retryAfterMs: error.retryAfterMs, code: error.kind, message: same(error.message), offline: error.status === 502 || error.status === 503 };
    case 'rate_limited':
      return { kind: 'retry', retryAfterMs: error.retryAfterMs, code: error.kind, message: same(error.message), offline: false };
    case 'bad_response':
      return { kind: 'retry', retryAfterMs: null, code: error.kind, message: same(error.message), offline: false };
    case 'unauthorized':
      return { kind: 'retry', retryAfterMs: null, code: 'unauthorized', message: error.reason ?? same(error.message), offline: false };
    case 'conflict':
      return {
        kind: 'conflict',
        currentVersion: error.currentVersion,
        theirs: error.current,
        message: error.reason ?? { vi: 'Hồ sơ đã được thay đổi ở nơi khác.', en: 'The dossier was changed elsewhere.' },
      };
    case 'invalid':
    case 'gone':
      return { kind: 'rejected', message: error.reason ?? same(error.message) };
    case 'not_found':
      return { kind: 'rejected', message: { vi: 'Cổng không tìm thấy hồ sơ này.', en: 'The portal does not know this dossier.' } };
  }
}

/** The drain's view of the portal: one call per action, the same idempotency key on every attempt. */
export function createPortalActionSender(client: PortalClient, tokenFor: TokenProvider): ActionSender {
  return {
    async send(action) {
      const token = await tokenFor(action.officerId);
      if (!token) {
        const message = {
          vi: `Cần cán bộ ${action.officerId} đăng nhập lại để gửi thao tác này.`,
          en: `Officer ${action.officerId} must sign in again to send this action.`,
        };
        return { kind: 'retry', retryAfterMs: 60_000, code: 'needs_sign_in', message, offline: false };
      }
      if (action.kind === 'intake') {
        const intake = action.payload as Intake;
        const documents = `Giấy tờ: ${intake.documents.join('; ')}`;
        return outcomeOf(
          await client.intakeDossier(token, {
            idempotencyKey: action.idemKey,
            procedureCode: intake.procedureCode,
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
