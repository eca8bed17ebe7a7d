import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { faultConfigSchema, type FaultController } from '../faults';
import type { SimStore } from '../store/sim-store';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const outageSchema = z.object({ durationMs: z.int().min(0).max(24 * 3_600_000) });
const changeSchema = z.object({ status: z.int().min(1).max(10).optional() });

function refuse(reply: FastifyReply, status: number, detail: string): FastifyReply {
  return reply.code(status).type('application/problem+json').send({ type: '/problems/admin', title: 'Admin request refused', status, detail });
}

/**
 * Test and training controls under /__admin, registered only when enabled and answered
 * only on loopback. Not part of the portal API (not in the OpenAPI document).
 */
export function registerAdminRoutes(app: FastifyInstance, store: SimStore, faults: FaultController): void {
  const config = { admin: true };
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.startsWith('/__admin') && !LOOPBACK.has(request.socket.remoteAddress ?? '')) return refuse(reply, 403, 'loopback only');
  });
  app.get('/__admin/faults', { config }, () => ({ ...faults.config(), outageRemainingMs: faults.outageRemainingMs() }));
  app.put('/__admin/faults', { config }, (request, reply) => {
    const parsed = faultConfigSchema.safeParse(request.body);
    if (!parsed.success) return refuse(reply, 400, z.prettifyError(parsed.error));
    return faults.set(parsed.data);
  });
  app.delete('/__admin/faults', { config }, () => {
    faults.clear();
    return faults.config();
  });
  app.post('/__admin/outage', { config }, (request, reply) => {
    const parsed = outageSchema.safeParse(request.body);
    if (!parsed.success) return refuse(reply, 400, z.prettifyError(parsed.error));
    faults.outage(parsed.data.durationMs);
    return { outageRemainingMs: faults.outageRemainingMs() };
  });
  app.get('/__admin/ledger', { config }, () => ({
    entries: store.journal.ledger().map((r) => ({
      seq: r.seq,
      logSeq: r.log_seq,
      idempotencyKey: r.idempotency_key,
      operation: r.operation,
      code: r.code,
      action: r.action,
      officerId: r.officer_id,
      appliedAt: new Date(r.applied_ms).toISOString(),
      fromStatus: r.from_status,
      toStatus: r.to_status,
      version: r.version,
    })),
  }));
  app.post('/__admin/dossiers/:code', { config }, (request, reply) => {
    const parsed = changeSchema.safeParse(request.body ?? {});
    if (!parsed.success) return refuse(reply, 400, z.prettifyError(parsed.error));
    const changed = store.actions.adminChange((request.params as { code: string }).code, parsed.data.status);
    return changed ?? refuse(reply, 404, 'no such dossier');
  });
}
