import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The version in package.json, found by walking up from this file. */
export function packageVersion(): string {
  let dir = new URL('.', import.meta.url);
  for (let i = 0; i < 6; i += 1) {
    try {
      const pkg = z.object({ name: z.literal('onestop-desk'), version: z.string() }).parse(
        JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')),
      );
      return pkg.version;
    } catch {
      dir = new URL('..', dir);
    }
  }
  return '0.0.0-dev';
}
