import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { createCore } from '../electron/core/core';
import { expectReady } from '../test/core-under-test';
import { memoryMb } from './lib/child-json';
import { sampleEach } from './lib/sample-sync';
import { summarize } from './lib/stats';

const textsSchema = z.object({ codes: z.array(z.string()).min(1), idNumbers: z.array(z.string()), namePrefixes: z.array(z.string()), nameWords: z.array(z.string()) });

/**
 * Child process of the lookup suite: a cold core on the imported cache (createCore: key,
 * open, migrations), its first dossier lookup, then every sampled query through the
 * core's lookup service. Prints the timings and this process's own memory afterwards.
 */
const [dataRoot, configPath, textsFile] = z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)]).parse(process.argv.slice(2));
const texts = textsSchema.parse(JSON.parse(readFileSync(textsFile, 'utf8')));
const t0 = performance.now();
const core = expectReady(createCore({ dataRoot, configPath, logToFile: false }));
const t1 = performance.now();
const found = core.lookup.search(texts.codes[0] ?? '', {}, 50);
const t2 = performance.now();
if (!found.exactDossier) throw new Error(`the first lookup found nothing for ${texts.codes[0] ?? ''}`);
const sinceProcessStartMs = t2;
const search = (list: readonly string[]) => summarize(sampleEach(list, (t) => core.lookup.search(t, {}, 50)));
const summaries = { codes: search(texts.codes), idNumbers: search(texts.idNumbers), namePrefixes: search(texts.namePrefixes), nameWords: search(texts.nameWords) };
const memory = memoryMb();
await core.close();
process.stdout.write(JSON.stringify({ openMs: t1 - t0, firstLookupMs: t2 - t1, totalMs: t2 - t0, sinceProcessStartMs, summaries, memory }));
