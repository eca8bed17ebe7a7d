import { spawnSync } from 'node:child_process';
import type { z } from 'zod';

/** `BENCH_CPU_PROF=<dir>`: each child writes a V8 CPU profile there (NODE_OPTIONS refuses --cpu-prof). */
export const profileArgs = (): string[] => {
  const dir = process.env['BENCH_CPU_PROF'];
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
};

/** Runs a bench child (`node --import tsx <script> …args`) to the end and parses the one JSON document it prints. */
export function runChildJson<S extends z.ZodType>(script: string, args: readonly string[], schema: S): z.output<S> {
  const child = spawnSync(process.execPath, [...profileArgs(), '--import', 'tsx', script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`${script} failed (exit ${child.status ?? child.signal})`);
  return schema.parse(JSON.parse(child.stdout));
}

/** This process's resident memory now and its peak so far, in MB. */
export const memoryMb = (): { rssMb: number; peakMb: number } => ({
  rssMb: Math.round(process.memoryUsage().rss / 1e6),
  peakMb: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
});
