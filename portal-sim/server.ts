import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { OPERATIONS, toRouterPath, type OperationId } from '../shared/portal/operations';
import type { Sessions } from './auth';
import type { FaultController, FaultDecision } from './faults';
import { problem, type SimResponse } from './problem';
import { registerAdminRoutes } from './routes/admin';
import { registerOpencpsRoutes } from './opencps/routes';
import { apiHandlers, type ApiDeps } from './routes/api';
import type { SimStore } from './store/sim-store';

export interface AppDeps extends ApiDeps {
  readonly store: SimStore;
  readonly sessions: Sessions;
  readonly faults: FaultController;
  readonly adminApi: boolean;
  /** Which API the portal routes speak: ours (default) or the OpenCPS REST v2 stand-in. */
  readonly dialect?: 'onestop' | 'opencps';
}

interface RouteConfig {
  operationId?: OperationId;
  admin?: boolean;
}

function send(reply: FastifyReply, r: SimResponse): FastifyReply {
  reply.code(r.status).header('content-type', r.problem ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8');
  for (const [k, v] of Object.entries(r.headers ?? {})) reply.header(k, v);
  return reply.send(r.json);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const served = new WeakMap<FastifyInstance, string[]>();
/** Every `METHOD /path` the app serves (HEAD aside), as registered: the conformance test compares it with the document. */
export const servedRoutes = (app: FastifyInstance): readonly string[] => served.get(app) ?? [];

/** The portal API on fastify, with fault injection in front of every portal route. */
export function buildApp(deps: AppDeps): FastifyInstance {
  const app = Fastify({ logger: false, forceCloseConnections: true, bodyLimit: 256 * 1024 });
  const routes: string[] = [];
  served.set(app, routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url}`);
  });
  const pendingFault = new WeakMap<FastifyRequest, FaultDecision['kind']>();
  const hangs = new Set<NodeJS.Timeout>();
  app.addHook('onClose', (_instance, done) => {
    for (const t of hangs) clearTimeout(t);
    done();
  });

  app.addHook('onRequest', async (request, reply) => {
    const config = request.routeOptions.config as RouteConfig;
    if (config.admin) return;
    const { latencyMs, decision } = deps.faults.decide(config.operationId);
    if (latencyMs > 0) await sleep(latencyMs);
    switch (decision.kind) {
      case 'none':
        return;
      case 'outage':
        return send(reply, problem(503, 'outage', 'Service unavailable', { detail: 'simulated outage', retryAfterSeconds: decision.retryAfterSeconds }, { 'retry-after': String(decision.retryAfterSeconds) }));
      case 'error': {
        const title = decision.status === 429 ? 'Too many requests' : 'Server error';
        const extras = decision.status === 429 || decision.status === 503 ? { retryAfterSeconds: decision.retryAfterSeconds } : {};
        const headers = decision.status === 429 || decision.status === 503 ? { 'retry-after': String(decision.retryAfterSeconds) } : undefined;
        return send(reply, problem(decision.status, 'injected-fault', title, { detail: 'simulated fault', ...extras }, headers));
      }
      case 'reset':
        reply.hijack();
        request.raw.socket.resetAndDestroy();
        return;
      case 'hang':
        reply.hijack();
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, deps.faults.config().hangMs);
          hangs.add(timer);
          request.raw.socket.once('close', () => {
            clearTimeout(timer);
            resolve();
          });
        });
        request.raw.socket.destroy();
        return;
      default:
        pendingFault.set(request, decision.kind);
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const fault = pendingFault.get(request);
    if (fault === 'drop') {
      // The work is committed; the client never hears about it.
      request.raw.socket.destroy();
      return payload;
    }
    if (fault === 'malformed') {
      reply.header('content-type', 'application/json; charset=utf-8');
      return '{"items":[{"MaHoSo":"000.00.12.H29-2406';
    }
    return payload;
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    return send(reply, problem(status, status === 500 ? 'internal' : 'bad-request', status === 500 ? 'Internal error' : 'Invalid request', { detail: error.message }));
  });
  app.setNotFoundHandler((request, reply) => send(reply, problem(404, 'no-route', 'No such route', { detail: `${request.method} ${request.url}` })));

  const handlers = apiHandlers(deps);
  if (deps.dialect === 'opencps') registerOpencpsRoutes(app, deps.store);
  else for (const op of OPERATIONS) {
    app.route({
      method: op.method,
      url: toRouterPath(op.path),
      config: { operationId: op.id } satisfies RouteConfig,
      handler: (request, reply) => {
        const officer = op.auth ? deps.sessions.officerFor(request.headers.authorization) : null;
        if (op.auth && !officer) {
          const reason = { vi: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.', en: 'Missing, invalid or expired session. Please sign in again.' };
          return send(reply.header('www-authenticate', 'Bearer'), problem(401, 'unauthorized', 'Unauthorized', { detail: reason.en, reason }));
        }
        return send(reply, handlers[op.id](request, officer));
      },
    });
  }
  if (deps.adminApi) registerAdminRoutes(app, deps.store, deps.faults);
  return app;
}
