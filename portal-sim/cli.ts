import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseFaultFlag, type FaultRule } from './faults';
import { startPortalSim } from './index';

const USAGE = `portal-sim — the OneStop Desk portal simulator
  --port N            (default 7070; 0 = random)
  --host ADDR         (default 127.0.0.1)
  --seed N            (default 42)
  --dossiers N        (default 20000)
  --citizens N        (default dossiers / 2)
  --data-dir DIR      keep the data here (default: a temp dir, removed on exit)
  --reference-time T  ISO instant the data is anchored at (default now)
  --fresh             regenerate even if DIR holds the same dataset
  --admin             serve /__admin/* on loopback
  --latency MS --jitter MS --hang-ms MS --fault-seed N
  --fault route=kind:rate[:status[:retryAfterSeconds]]   (repeatable)`;

const argsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(7070),
  host: z.string().min(1).default('127.0.0.1'),
  seed: z.coerce.number().int().min(0).default(42),
  dossiers: z.coerce.number().int().min(1).max(5_000_000).default(20_000),
  citizens: z.coerce.number().int().min(1).max(1_000_000).optional(),
  dataDir: z.string().min(1).optional(),
  referenceTime: z.iso.datetime({ offset: true }).optional(),
  fresh: z.boolean().default(false),
  admin: z.boolean().default(false),
  latency: z.coerce.number().int().min(0).default(0),
  jitter: z.coerce.number().int().min(0).default(0),
  hangMs: z.coerce.number().int().min(1).default(120_000),
  faultSeed: z.coerce.number().int().min(0).optional(),
  fault: z.array(z.string()).default([]),
  help: z.boolean().default(false),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' }, host: { type: 'string' }, seed: { type: 'string' }, dossiers: { type: 'string' },
      citizens: { type: 'string' }, 'data-dir': { type: 'string' }, 'reference-time': { type: 'string' },
      fresh: { type: 'boolean' }, admin: { type: 'boolean' }, latency: { type: 'string' }, jitter: { type: 'string' },
      'hang-ms': { type: 'string' }, 'fault-seed': { type: 'string' }, fault: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const parsed = argsSchema.safeParse({
    ...values,
    dataDir: values['data-dir'],
    referenceTime: values['reference-time'],
    hangMs: values['hang-ms'],
    faultSeed: values['fault-seed'],
  });
  if (!parsed.success) throw new Error(`${z.prettifyError(parsed.error)}\n\n${USAGE}`);
  const a = parsed.data;
  if (a.help) {
    console.log(USAGE);
    return;
  }
  const rules: FaultRule[] = a.fault.map(parseFaultFlag);
  const started = Date.now();
  const sim = await startPortalSim({
    port: a.port,
    host: a.host,
    seed: a.seed,
    dossiers: a.dossiers,
    adminApi: a.admin,
    fresh: a.fresh,
    faults: { latencyMs: a.latency, jitterMs: a.jitter, hangMs: a.hangMs, rules, seed: a.faultSeed ?? a.seed },
    ...(a.citizens !== undefined ? { citizens: a.citizens } : {}),
    ...(a.dataDir !== undefined ? { dataDir: a.dataDir } : {}),
    ...(a.referenceTime !== undefined ? { referenceTime: a.referenceTime } : {}),
  });
  console.log(`portal-sim listening on ${sim.url} (seed ${a.seed}, ${a.dossiers} dossiers, data ${sim.dataDir}, ready in ${Date.now() - started} ms)`);
  const stop = (): void => void sim.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
