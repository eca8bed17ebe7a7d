// A desk process for the crash tests: it opens the core on a data folder, optionally
// records actions, drains, and exits 0 when the outbox is settled. The parent kills it
// with SIGKILL (or a failpoint makes it kill itself) and checks nothing was lost or doubled.
import { z } from 'zod';
import { openCoreUnderTest } from '../core-under-test';

const args = z
  .object({
    dataRoot: z.string(),
    configPath: z.string(),
    portalUrl: z.string().url(),
    record: z.coerce.number().int().min(0).default(0),
    /** Resumable-import test: SIGKILL right after this many committed pull pages. */
    killAfterPages: z.coerce.number().int().min(1).optional(),
    pageSize: z.coerce.number().int().min(1).max(1000).default(1000),
  })
  .parse(Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('='))));

const session = { officerId: 'canbo01', displayName: 'canbo01', roles: ['officer' as const] };

async function main(): Promise<void> {
  const { core, database: { db } } = openCoreUnderTest({ dataRoot: args.dataRoot, configPath: args.configPath, portalUrl: args.portalUrl, logToFile: false, sync: {
      backoff: { baseMs: 5, capMs: 20 },
      pullIntervalMs: 3_600_000,
      pageSize: args.pageSize,
      ...(args.killAfterPages ? { afterPage: (pages: number) => void (pages >= (args.killAfterPages ?? 0) && process.kill(process.pid, 'SIGKILL')) } : {}),
    },
  });
  await core.start();
  const engine = core.sync();
  if (!engine) throw new Error('no sync engine');
  await engine.pullNow();
  const codes = (db.prepare("SELECT code FROM dossier WHERE code NOT LIKE 'TMP-%' ORDER BY code LIMIT 20").all() as { code: string }[]).map((r) => r.code);
  if (args.record > 0 && codes.length === 0) throw new Error('the cache is empty: nothing to record on');
  // Start-up is done: the parent's random kill moments are measured from here.
  process.stdout.write('ready\n');
  for (let i = 0; i < args.record; i += 1) {
    const code = codes[i % codes.length];
    if (!code) break;
    const recorded = core.actions.record(code, { kind: 'note', text: `crash ${process.pid}-${i}` }, session);
    // Reported only after the commit: the parent holds us to every action we announce.
    const key = db.prepare('SELECT idem_key FROM outbox WHERE seq = ?').get(recorded?.seq) as { idem_key: string };
    process.stdout.write(`queued ${recorded?.seq} ${key.idem_key}\n`);
  }
  for (let round = 0; round < 200; round += 1) {
    db.prepare("UPDATE outbox SET next_attempt_at = NULL WHERE state = 'waiting'").run();
    await engine.drainNow();
    const open = db.prepare("SELECT count(*) AS n FROM outbox WHERE state IN ('waiting', 'sending')").get() as { n: number };
    if (open.n === 0) break;
  }
  await core.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
