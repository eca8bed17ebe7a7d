import type { PortalDialect } from '../config/schema';
import { createOnestopPortalClient } from './onestop';
import { createOpencpsPortalClient, type OpencpsSettings } from './opencps';
import type { PortalClient } from './portal-client';
import type { FetchLike } from './transport';

export interface DialectClientOptions {
  readonly dialect: PortalDialect;
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly agencyCode: string;
  /** Required for opencps. */
  readonly opencps?: OpencpsSettings;
  readonly caBundlePath?: string;
  readonly proxy?: string;
  readonly fetchImpl?: FetchLike;
}

/** The one place a dialect is chosen: everything past it sees only PortalClient. */
export function createDialectClient(o: DialectClientOptions): PortalClient {
  const common = {
    baseUrl: o.baseUrl,
    timeoutMs: o.timeoutMs,
    ...(o.caBundlePath ? { caBundlePath: o.caBundlePath } : {}),
    ...(o.proxy ? { proxy: o.proxy } : {}),
    ...(o.fetchImpl ? { fetchImpl: o.fetchImpl } : {}),
  };
  if (o.dialect === 'onestop') return createOnestopPortalClient(common);
  if (!o.opencps) throw new Error('portal.dialect "opencps" needs portal.opencps (groupId, actionCodes)');
  return createOpencpsPortalClient({ ...common, settings: o.opencps, agencyCode: o.agencyCode });
}
