import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSimDb } from '../portal-sim/store/db';
import { generateDataset } from '../portal-sim/store/generate';

/**
 * Child process of the portal suite: generates one dataset and prints
 * {"seconds","cpuSeconds","maxRssMb","dbMb"} so peak memory is this generation's alone.
 */
const [dossiers, citizens, seed] = process.argv.slice(2).map(Number) as [number, number, number];
const dir = mkdtempSync(join(tmpdir(), 'bench-portal-gen-'));
try {
  const db = openSimDb(join(dir, 'sim.sqlite'));
  const t = performance.now();
  const cpu = process.cpuUsage();
  generateDataset(db, { seed, dossiers, citizens, referenceMs: Date.parse('2026-06-15T03:00:00Z') });
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const dbMb = statSync(join(dir, 'sim.sqlite')).size / 1e6;
  process.stdout.write(JSON.stringify({ seconds, cpuSeconds, maxRssMb: process.resourceUsage().maxRSS / 1024, dbMb }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
