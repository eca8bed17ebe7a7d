import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Agent, request } from 'undici';
import { z } from 'zod';
import { createHttpPortalClient } from '../electron/core/portal/http-client';
import { startPortalSim, TRAINING_PASSWORD } from '../portal-sim/index';
import { sampleAsync, throughput } from './lib/measure';
import { latency, printReport, progress, rate, type BenchResult } from './lib/report';
import { summarize } from './lib/stats';

const argsSchema = z.object({
  dossiers: z.coerce.number().int().min(1000).max(5_000_000).default(1_000_000),
  httpDossiers: z.coerce.number().int().min(1000).max(1_000_000).default(20_000),
  samples: z.coerce.number().int().min(50).max(100_000).default(1000),
  concurrency: z.coerce.number().int().min(1).max(64).default(8),
  skipGenerate: z.boolean().default(false),
});

/**
 * Simulator figures: HTTP latency and throughput on loopback (the bare round trip to
 * GET /health on the same server is the baseline), and dataset generation time and
 * peak memory in a child process.
 */
export async function run(argv: string[], json: boolean): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { dossiers: { type: 'string' }, 'http-dossiers': { type: 'string' }, samples: { type: 'string' }, concurrency: { type: 'string' }, 'skip-generate': { type: 'boolean' } },
    strict: true,
  });
  const a = argsSchema.parse({ ...values, httpDossiers: values['http-dossiers'], skipGenerate: values['skip-generate'] });
  const results: BenchResult[] = [];

  progress(`portal: starting simulator with ${a.httpDossiers} dossiers`);
  const sim = await startPortalSim({ seed: 42, dossiers: a.httpDossiers, referenceTime: '2026-06-15T03:00:00Z' });
  const agent = new Agent({ connections: a.concurrency, keepAliveTimeout: 30_000 });
  try {
    const login = await request(`${sim.url}/auth/login`, { method: 'POST', dispatcher: agent, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ TenDangNhap: 'canbo01', MatKhau: TRAINING_PASSWORD }) });
    const { token } = (await login.body.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const get = async (path: string): Promise<string> => {
      const res = await request(`${sim.url}${path}`, { dispatcher: agent, headers: auth });
      return res.body.text();
    };
    const firstPage = JSON.parse(await get('/dossiers?limit=500')) as { items: { MaHoSo: string }[]; nextCursor: string };
    const codes = firstPage.items.map((d) => d.MaHoSo);
    const cursors: string[] = [];
    let cursor = '';
    for (let i = 0; i < 30; i++) {
      const page = JSON.parse(await get(`/dossiers?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)) as { nextCursor: string; hasMore: boolean };
      cursors.push(cursor);
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
    const pagePath = (i: number): string => `/dossiers?limit=500${cursors[Math.abs(i) % cursors.length] ? `&cursor=${encodeURIComponent(cursors[Math.abs(i) % cursors.length] ?? '')}` : ''}`;
    const postNote = async (): Promise<void> => {
      const code = codes[Math.floor(Math.random() * codes.length)] ?? '';
      const res = await request(`${sim.url}/dossiers/${code}/actions`, {
        method: 'POST',
        dispatcher: agent,
        headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({ HanhDong: 'GhiChu', PhienBanDuKien: 1, GhiChu: 'benchmark' }),
      });
      await res.body.text();
    };

    progress('portal: latency');
    const health = summarize(await sampleAsync(a.samples, () => get('/health')));
    const base = { name: 'http.health.roundtrip', summary: health };
    results.push(latency('http.health.roundtrip', health));
    results.push(latency('portal.getDossier', summarize(await sampleAsync(a.samples, (i) => get(`/dossiers/${codes[Math.abs(i) % codes.length]}`))), base));
    results.push(latency('portal.pull.page500', summarize(await sampleAsync(Math.max(50, a.samples / 5), (i) => get(pagePath(i)))), base));
    results.push(latency('portal.postAction.note', summarize(await sampleAsync(a.samples, postNote)), base, { note: 'one transaction: action + log + ledger + idempotency key' }));
    const client = createHttpPortalClient({ baseUrl: sim.url, timeoutMs: 30_000 });
    results.push(
      latency('client.pullDossiers.page500', summarize(await sampleAsync(Math.max(50, a.samples / 5), () => client.pullDossiers(token, { limit: 500 }))), base, {
        note: 'includes zod validation and mapping of 500 dossiers',
      }),
    );
    await client.close();

    progress(`portal: throughput, ${a.concurrency} concurrent`);
    const healthRate = await throughput(a.samples * 2, a.concurrency, () => get('/health'));
    const baseRate = { name: 'http.health.per_s', value: healthRate };
    results.push(rate('http.health.per_s', healthRate));
    const pages = await throughput(Math.max(100, a.samples / 2), a.concurrency, (i) => get(pagePath(i)));
    results.push(rate('portal.pull.pages_per_s', pages, baseRate, `${pages * 500} dossiers/s`));
    results.push(rate('portal.postAction.per_s', await throughput(a.samples * 2, a.concurrency, postNote), baseRate));
  } finally {
    await agent.close();
    await sim.close();
  }

  if (!a.skipGenerate) {
    progress(`portal: generating ${a.dossiers} dossiers / ${Math.ceil(a.dossiers / 2)} citizens in a child process`);
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/portal-generate.ts', String(a.dossiers), String(Math.ceil(a.dossiers / 2)), '42'], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`generation failed: ${child.stderr}`);
    const g = z.object({ seconds: z.number(), cpuSeconds: z.number(), maxRssMb: z.number(), dbMb: z.number() }).parse(JSON.parse(child.stdout));
    results.push({ name: 'portal.generate.time', unit: 's', n: a.dossiers, value: Math.round(g.seconds * 10) / 10 });
    results.push({ name: 'portal.generate.cpu_time', unit: 's', n: a.dossiers, value: Math.round(g.cpuSeconds * 10) / 10, note: 'user+system CPU: steadier than wall time on a shared machine' });
    results.push(rate('portal.generate.dossiers_per_s', Math.round(a.dossiers / g.seconds), undefined, 'citizens (half as many) included in the time'));
    results.push({ name: 'portal.generate.peak_rss', unit: 'mb', n: a.dossiers, value: Math.round(g.maxRssMb) });
    results.push({ name: 'portal.generate.db_size', unit: 'mb', n: a.dossiers, value: Math.round(g.dbMb) });
  }
  printReport({ suite: 'portal', params: a, results }, json);
}
