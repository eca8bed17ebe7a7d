import type { HandlingLog } from '../../../../shared/portal/results';
import type { PortalResult } from '../../portal/errors';
import type { PortalClient } from '../../portal/portal-client';

/** The unit's handling log for one office day (yyyy-MM-dd), as the portal keeps it. */
export interface HandlingLogSource {
  handlingLog(day: string): Promise<PortalResult<HandlingLog>>;
}

/**
 * Adapts the typed portal client. `token` is the signed-in officer's portal token;
 * without one the portal cannot be asked, which reads as "unreachable".
 */
export function portalHandlingLogSource(client: Pick<PortalClient, 'getHandlingLog'>, token: () => Promise<string | null>): HandlingLogSource {
  return {
    async handlingLog(day) {
      const current = await token();
      if (current === null) return { ok: false, error: { kind: 'unauthorized', message: 'No portal session.', reason: null } };
      return client.getHandlingLog(current, day);
    },
  };
}
