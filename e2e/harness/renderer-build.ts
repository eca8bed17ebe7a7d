import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const rendererOutDir = join(repoRoot, 'out', 'renderer');
const builtIndex = join(rendererOutDir, 'index.html');
const sourceDirs = ['renderer', 'shared'].map((dir) => join(repoRoot, dir));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when there is no build, or a renderer/shared source changed after it. */
export function rendererBuildIsStale(): boolean {
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return sourceDirs.some((dir) => existsSync(dir) && newestMtime(dir) > builtAt);
}

/**
 * The e2e suite tests the BUILT renderer (what Electron loads), so build it when it
 * is missing or older than its sources. A failed build stops the run with its output.
 */
export function ensureRendererBuild(): void {
  if (!rendererBuildIsStale()) return;
  process.stdout.write('e2e: building the renderer (npx electron-vite build)…\n');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, stdio: 'inherit', env: process.env });
  if (result.status !== 0 || !existsSync(builtIndex)) {
    throw new Error(`e2e: "npx electron-vite build" failed (exit ${String(result.status ?? result.signal)}); the e2e suite needs out/renderer.`);
  }
}

/** Where global setup leaves the snapshot the workers serve (inherited through the environment). */
export const SNAPSHOT_ENV = 'DESK_E2E_RENDERER_DIR';

/**
 * Copies the build aside so a rebuild during the run (another terminal, an IDE) cannot
 * swap assets under the tests. Returns the snapshot directory.
 */
export function snapshotRendererBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-e2e-renderer-'));
  cpSync(rendererOutDir, dir, { recursive: true });
  return dir;
}

/** The directory the e2e server serves: the run's snapshot, or the build itself. */
export const servedRendererDir = (): string => process.env[SNAPSHOT_ENV] ?? rendererOutDir;
