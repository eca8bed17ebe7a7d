import { join } from 'node:path';
import type { ReportStorageProgress } from '../../../shared/contract/storage';
import { loadMachineConfig } from '../config/load';
import { machineConfigPath } from '../config/paths';
import { prepareEncryptedDatabase } from './encrypted-database';
import { prepareDeskSchema } from './prepare-desk-schema';
import type { KeyProvider } from './key-provider';
import { DATABASE_FILE } from './tool-database';

/**
 * The app's step before createCore: finds the desk database the core will open (the
 * config's mode folder under dataRoot), re-encrypts it if an older build wrote it and
 * applies pending schema migrations, reporting progress. With an invalid config it does
 * nothing: the core explains that.
 */
export async function prepareDeskStorage(
  options: { readonly dataRoot: string; readonly configPath?: string; readonly keyProvider: KeyProvider },
  onProgress: ReportStorageProgress,
): Promise<void> {
  const loaded = loadMachineConfig(options.configPath ?? machineConfigPath());
  if (!loaded.ok) return;
  const path = join(options.dataRoot, loaded.config.mode, DATABASE_FILE);
  await prepareEncryptedDatabase(path, options.keyProvider, onProgress);
  await prepareDeskSchema(path, options.keyProvider.getOrCreateKey().toString('hex'), onProgress);
}
