import { rmSync } from 'node:fs';
import { ensureRendererBuild, snapshotRendererBuild, SNAPSHOT_ENV } from './renderer-build';

/** Runs once per Playwright run, before any worker starts; workers inherit the environment. */
export default function globalSetup(): () => void {
  ensureRendererBuild();
  const snapshot = snapshotRendererBuild();
  process.env[SNAPSHOT_ENV] = snapshot;
  return () => rmSync(snapshot, { recursive: true, force: true });
}
