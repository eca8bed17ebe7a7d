import { z } from 'zod';
import { createRng } from './data/rng';
import { OPERATIONS, type OperationId } from '../shared/portal/operations';

const operationIds = OPERATIONS.map((o) => o.id) as [OperationId, ...OperationId[]];

/**
 * error: answer a problem (500/502/503, or 429 with Retry-After) without doing the work;
 * drop: do the work and commit, then destroy the socket instead of answering;
 * hang: never answer (until hangMs), so the client's timeout fires;
 * reset: reset the connection before doing anything;
 * malformed: do the work, then send a broken JSON body with status 200.
 */
export const faultKindSchema = z.enum(['error', 'drop', 'hang', 'reset', 'malformed']);
export type FaultKind = z.infer<typeof faultKindSchema>;

export const faultRuleSchema = z.object({
  route: z.union([z.literal('*'), z.enum(operationIds)]),
  kind: faultKindSchema,
  rate: z.number().min(0).max(1),
  status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(429)]).optional(),
  retryAfterSeconds: z.int().min(0).max(3600).optional(),
});
export type FaultRule = z.infer<typeof faultRuleSchema>;

export const faultConfigSchema = z.object({
  latencyMs: z.int().min(0).max(60_000).default(0),
  jitterMs: z.int().min(0).max(60_000).default(0),
  hangMs: z.int().min(1).max(600_000).default(120_000),
  rules: z.array(faultRuleSchema).max(50).default([]),
  /** Seed of the dice: the same seed and request sequence give the same faults. */
  seed: z.int().min(0).default(1),
});
export type FaultConfig = z.output<typeof faultConfigSchema>;
export type FaultConfigInput = z.input<typeof faultConfigSchema>;

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'outage'; retryAfterSeconds: number }
  | { kind: 'error'; status: 500 | 502 | 503 | 429; retryAfterSeconds: number }
  | { kind: 'drop' | 'hang' | 'reset' | 'malformed' };

export interface FaultController {
  config(): FaultConfig;
  set(input: FaultConfigInput): FaultConfig;
  clear(): void;
  /** Every request fails with 503 until `durationMs` from now. */
  outage(durationMs: number): void;
  outageRemainingMs(): number;
  /** Rolls the dice for one request to `route` (undefined: an unknown path). */
  decide(route: OperationId | undefined): { latencyMs: number; decision: FaultDecision };
}

export function createFaultController(initial: FaultConfigInput = {}): FaultController {
  let config = faultConfigSchema.parse(initial);
  let rng = createRng(config.seed);
  let outageUntil = 0;
  const remaining = (): number => Math.max(0, outageUntil - Date.now());
  return {
    config: () => config,
    set(input) {
      config = faultConfigSchema.parse(input);
      rng = createRng(config.seed);
      return config;
    },
    clear() {
      config = faultConfigSchema.parse({ seed: config.seed });
      outageUntil = 0;
    },
    outage(durationMs) {
      outageUntil = Date.now() + durationMs;
    },
    outageRemainingMs: remaining,
    decide(route) {
      const latencyMs = config.latencyMs + (config.jitterMs > 0 ? rng.int(config.jitterMs + 1) : 0);
      if (remaining() > 0) return { latencyMs, decision: { kind: 'outage', retryAfterSeconds: Math.ceil(remaining() / 1000) } };
      for (const rule of config.rules) {
        if (rule.route !== '*' && rule.route !== route) continue;
        if (!rng.chance(rule.rate)) continue;
        if (rule.kind === 'error') {
          const status = rule.status ?? 503;
          return { latencyMs, decision: { kind: 'error', status, retryAfterSeconds: rule.retryAfterSeconds ?? (status === 429 ? 2 : 1) } };
        }
        return { latencyMs, decision: { kind: rule.kind } };
      }
      return { latencyMs, decision: { kind: 'none' } };
    },
  };
}

/** CLI syntax `route=kind:rate[:status[:retryAfterSeconds]]`, e.g. `postAction=drop:0.2`, `*=error:0.1:429:5`. */
export function parseFaultFlag(text: string): FaultRule {
  const m = /^([^=]+)=(\w+):([\d.]+)(?::(\d+))?(?::(\d+))?$/.exec(text);
  if (!m) throw new Error(`--fault "${text}": expected route=kind:rate[:status[:retryAfterSeconds]]`);
  return faultRuleSchema.parse({
    route: m[1],
    kind: m[2],
    rate: Number(m[3]),
    ...(m[4] ? { status: Number(m[4]) } : {}),
    ...(m[5] ? { retryAfterSeconds: Number(m[5]) } : {}),
  });
}
