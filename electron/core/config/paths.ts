import { homedir } from 'node:os';
import { join } from 'node:path';
import { PRODUCT_NAME } from '../../../shared/domain/product';

export const CONFIG_PATH_ENV = 'ONESTOP_DESK_CONFIG';
export const DATA_DIR_ENV = 'ONESTOP_DESK_DATA_DIR';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether environment overrides count. Tools and tests use them; the packaged app does
 * not, or any standard user could swap the policy IT set (portal, lock, offline days).
 */
export interface PathPolicy {
  readonly honourOverrides: boolean;
}
const TOOLS: PathPolicy = { honourOverrides: true };

/** The machine-wide config file IT manages, unless (tools only) an environment variable points elsewhere. */
export function machineConfigPath(platform: NodeJS.Platform = process.platform, env: Env = process.env, policy: PathPolicy = TOOLS): string {
  const override = env[CONFIG_PATH_ENV];
  if (override && policy.honourOverrides) return override;
  // ProgramData is a per-process variable too: the packaged app uses the fixed location.
  const programData = policy.honourOverrides ? (env.ProgramData ?? 'C:\\ProgramData') : 'C:\\ProgramData';
  if (platform === 'win32') return join(programData, PRODUCT_NAME, 'config.json');
  if (platform === 'darwin') return `/Library/Application Support/${PRODUCT_NAME}/config.json`;
  return '/etc/onestop-desk/config.json';
}

/** Per-user data folder, the same one Electron's app.getPath('userData') gives. */
export function defaultDataRoot(platform: NodeJS.Platform = process.platform, env: Env = process.env, policy: PathPolicy = TOOLS): string {
  const override = env[DATA_DIR_ENV];
  if (override && policy.honourOverrides) return override;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}
