import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreOptions } from '../../electron/core/core';
import { openCoreUnderTest, type CoreUnderTest } from '../../test/core-under-test';

export interface DeskWorkspace {
  readonly root: string;
  readonly dataRoot: string;
  readonly configPath: string;
  /** The folder holding desk.sqlite and desk.key (the mode's subfolder). */
  readonly dataDir: string;
  openCore(portalUrl: string, sync?: CoreOptions['sync']): CoreUnderTest;
  remove(): void;
}

/** The officer every benchmark records as (a training account the simulator knows). */
export const BENCH_SESSION = { officerId: 'canbo01', displayName: 'canbo01', roles: ['officer' as const] };

/** A fresh desk data folder with a training-mode config, under `parent` (kept out of /tmp's RAM disk). */
export function deskWorkspace(parent: string, portalTimeoutMs = 30_000): DeskWorkspace {
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'desk-'));
  const dataRoot = join(root, 'data');
  const configPath = join(root, 'config.json');
  writeFileSync(configPath, JSON.stringify({ mode: 'training', portal: { timeoutMs: portalTimeoutMs } }));
  return {
    root,
    dataRoot,
    configPath,
    dataDir: join(dataRoot, 'training'),
    openCore: (portalUrl, sync) => openCoreUnderTest({ dataRoot, configPath, portalUrl, logToFile: false, ...(sync ? { sync } : {}) }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
