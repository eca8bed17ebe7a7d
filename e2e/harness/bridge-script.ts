import { build } from 'esbuild';
import { join } from 'node:path';

let cached: Promise<string> | undefined;

/**
 * The page-side bridge (bridge-page.ts and the real buildDeskBridge it imports)
 * bundled into one IIFE for page.addInitScript. Built once per worker.
 */
export function bridgeInitScript(): Promise<string> {
  cached ??= build({
    entryPoints: [join(import.meta.dirname, 'bridge-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const output = result.outputFiles[0];
    if (!output) throw new Error('e2e harness: esbuild produced no bridge script');
    return output.text;
  });
  return cached;
}
