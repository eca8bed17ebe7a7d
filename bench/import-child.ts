import { z } from 'zod';
import { openCoreUnderTest } from '../test/core-under-test';
import { firstImport } from './lookup-import';
import { memoryMb } from './lib/child-json';

/**
 * Child process of the lookup suite: the desk core alone (no bench harness in the same
 * heap) runs the first import from the simulator, then prints its figures and the
 * process's own memory (peak during the import, resident after it).
 */
const [dataRoot, configPath, portalUrl, dossiers, citizens] = z
  .tuple([z.string().min(1), z.string().min(1), z.url(), z.coerce.number().int().positive(), z.coerce.number().int().positive()])
  .parse(process.argv.slice(2));
const { core } = openCoreUnderTest({ dataRoot, configPath, portalUrl, logToFile: false, sync: { pageSize: 1000, pullIntervalMs: 3_600_000 } });
const figures = await firstImport(core, dossiers, citizens);
const memory = memoryMb();
await core.close();
process.stdout.write(JSON.stringify({ figures, memory }));
