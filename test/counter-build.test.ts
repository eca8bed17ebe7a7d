import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAINING_PASSWORD } from '../portal-sim/officers';
import { COUNTER_BUILD_MODE } from '../scripts/lib/build-modes.mjs';
import { tempDir } from './tmp';

// Builds the main process twice into temp folders, as the release pipeline and npm start do.
const root = resolve(import.meta.dirname, '..');
const work = tempDir();
const builtText = (outDir: string): string =>
  readdirSync(join(outDir, 'main'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');

function build(mode: string | null): string {
  const outDir = join(work.path, mode ?? 'default');
  const args = ['electron-vite', 'build', '--outDir', outDir, ...(mode ? ['--mode', mode] : [])];
  const result = spawnSync('npx', args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed:\n${result.stderr}`);
  return builtText(outDir);
}

let counter = '';
let standard = '';
beforeAll(() => {
  counter = build(COUNTER_BUILD_MODE);
  standard = build(null);
}, 300_000);
afterAll(() => work.remove());

// What gives the simulator away: its start function, and the password every training account shares.
const SIMULATOR = ['async function startPortalSim', TRAINING_PASSWORD];
const FAILPOINT = 'ONESTOP_FAILPOINT';

describe('what a built app contains', () => {
  it('the counter build (what IT installs) has neither the training simulator nor failpoints', () => {
    for (const marker of [...SIMULATOR, FAILPOINT]) expect(counter.includes(marker), marker).toBe(false);
    expect(counter).toContain('This build has no training mode');
  });

  it('the default build (npm start, training rooms) keeps the simulator but no failpoints either', () => {
    for (const marker of SIMULATOR) expect(standard.includes(marker), marker).toBe(true);
    expect(standard.includes(FAILPOINT)).toBe(false);
  });
});
