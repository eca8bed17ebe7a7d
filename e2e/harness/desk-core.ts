import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeskDatabase } from '../../electron/core/composition/desk-database';
import { composeCore, type Core } from '../../electron/core/core';
import { exportStandIn, type ExportStandIn } from './export-stand-in';
import { repoRoot } from './renderer-build';

/**
 * The machine config a test runs with: an object (written as JSON), raw text (to test
 * a broken file), or null for "no file on this PC" (defaults: training mode).
 */
export type DeskConfigFile = Readonly<Record<string, unknown>> | string | null;

export interface DeskCore {
  readonly core: Core;
  /** The database behind a ready core (null with an invalid config), for what the contract does not show. */
  readonly database: DeskDatabase | null;
  readonly dataRoot: string;
  readonly configPath: string;
  /** The save dialog's stand-in: where exports went and what was opened. */
  readonly exports: ExportStandIn;
  dispose(): Promise<void>;
}

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** A real core over its own temp data root and config file, removed on dispose. */
export function startDeskCore(config: DeskConfigFile, portalUrl?: string): DeskCore {
  const root = mkdtempSync(join(tmpdir(), 'desk-e2e-'));
  const dataRoot = join(root, 'data');
  const configPath = join(root, 'config.json');
  if (config !== null) writeFileSync(configPath, typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  // With a test's own simulator the core pulls from it instead of the in-process training portal.
  const exports = exportStandIn(root);
  const composed = composeCore({ dataRoot, configPath, version, logToFile: false, exportTarget: exports, ...(portalUrl ? { portalUrl } : {}) });
  const { core } = composed;
  return {
    core,
    database: composed.state === 'ready' ? composed.database : null,
    dataRoot,
    configPath,
    exports,
    dispose: async () => {
      await core.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
