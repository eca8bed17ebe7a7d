import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';
import type { PortalSim } from '../../portal-sim';
import { startTestSim } from '../../portal-sim/test-support';

/** Bundles a child once (a plain `node` start is far quicker than a TypeScript loader per kill). */
export async function buildChild(name = 'drain-child'): Promise<string> {
  const out = join('.tmp', 'crash', `${name}.mjs`);
  mkdirSync(join('.tmp', 'crash'), { recursive: true });
  await build({ entryPoints: [`test/crash/${name}.ts`], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'silent' });
  return out;
}

/** For a crash-test file: the child bundled and a simulator started once, closed at the end. */
export function crashHarness(dialect: 'onestop' | 'opencps' = 'onestop'): { readonly script: string; readonly sim: PortalSim } {
  let script: string | undefined;
  let sim: PortalSim | undefined;
  beforeAll(async () => {
    script = await buildChild();
    sim = await startTestSim({ dialect });
  }, 60_000);
  afterAll(async () => {
    await sim?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('crash harness used before beforeAll ran');
    return value;
  };
  return {
    get script() {
      return ready(script);
    },
    get sim() {
      return ready(sim);
    },
  };
}

export interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly queued: { seq: number; key: string }[];
  readonly stderr: string;
  readonly stdout: string;
  /** Milliseconds from "ready" (start-up done) to exit, or null if it never got ready. */
  readonly afterReadyMs: number | null;
}

/**
 * Runs the child; `killAfterReadyMs` SIGKILLs it from outside that long after it reports
 * "ready" (start-up and pull done), `killAfterMs` that long after spawning, and `failpoint`
 * makes it kill itself at a named point.
 */
export function runChild(script: string, args: Record<string, string | number>, options: { failpoint?: string; killAfterReadyMs?: number; killAfterMs?: number } = {}): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...Object.entries(args).map(([k, v]) => `--${k}=${v}`)], {
      env: { ...process.env, ONESTOP_FAILPOINT: options.failpoint ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let readyAt: number | null = null;
    let timer: NodeJS.Timeout | null = options.killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (readyAt === null && stdout.includes('ready\n')) {
        readyAt = Date.now();
        if (options.killAfterReadyMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterReadyMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      const afterReadyMs = readyAt === null ? null : Date.now() - readyAt;
      const queued = stdout
        .split('\n')
        .filter((l) => l.startsWith('queued '))
        .map((l) => {
          const [, seq, key] = l.split(' ');
          return { seq: Number(seq), key: key ?? '' };
        });
      resolve({ code, signal, queued, stderr, stdout, afterReadyMs });
    });
  });
}
