import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** The reason printed when the Electron project cannot run here: the condition `electronExecutable` checks. */
export const ELECTRON_MISSING_REASON =
  'no Electron binary: node_modules/electron/path.txt or the file it names under node_modules/electron/dist is missing ' +
  '(the binary is downloaded from the internet on first use, which this machine cannot reach); these tests run where it exists';

/**
 * The Electron executable, or null when it was never downloaded. Reads path.txt like
 * scripts/lib/electron-runtime.mjs; never require('electron'), which tries to download.
 */
export function electronExecutable(root: string = repoRoot): string | null {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist'), relative);
  return existsSync(binary) ? binary : null;
}
