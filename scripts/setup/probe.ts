import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What the preflight may ask of the machine; tests pass a fake one (fake PATH, fake files). */
export interface Probe {
  /** Absolute path of an executable on PATH, or null. */
  which(name: string): string | null;
  exists(path: string): boolean;
  /** First line a program prints for its version flag, or null when it cannot run. */
  version(path: string, args: readonly string[]): string | null;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** 0 for root; null where the platform has no uid (Windows). */
  readonly uid: number | null;
  /** True when the command exits 0 (used for `sudo -n true`: sudo without a password). */
  succeeds(path: string, args: readonly string[]): boolean;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function systemProbe(env: Readonly<Record<string, string | undefined>> = process.env): Probe {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return {
    env,
    uid: typeof process.getuid === 'function' ? process.getuid() : null,
    which: (name) => dirs.map((dir) => join(dir, name)).find(isExecutable) ?? null,
    exists: existsSync,
    succeeds: (path, args) => spawnSync(path, [...args], { stdio: 'ignore', timeout: 10_000, env: { ...env } }).status === 0,
    version: (path, args) => {
      const run = spawnSync(path, [...args], { encoding: 'utf8', timeout: 30_000, env: { ...env } });
      if (run.status !== 0) return null;
      const line = `${run.stdout}\n${run.stderr}`.split('\n').map((l) => l.trim()).find(Boolean);
      return line ?? '';
    },
  };
}
