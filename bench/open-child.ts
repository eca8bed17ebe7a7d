import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { createCore } from '../electron/core/core';
import { expectReady } from '../test/core-under-test';

/**
 * Child process of the lookup suite: a cold core open on an existing desk data folder,
 * then the first dossier lookup by code. Prints {"openMs","firstLookupMs","totalMs","sinceProcessStartMs"}.
 */
const [dataRoot, configPath, code] = z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)]).parse(process.argv.slice(2));
const t0 = performance.now();
const core = expectReady(createCore({ dataRoot, configPath, logToFile: false }));
const t1 = performance.now();
const found = core.lookup.search(code, {}, 50);
const t2 = performance.now();
if (!found?.exactDossier) throw new Error(`the first lookup found nothing for ${code}`);
await core.close();
process.stdout.write(JSON.stringify({ openMs: t1 - t0, firstLookupMs: t2 - t1, totalMs: t2 - t0, sinceProcessStartMs: t2 }));
