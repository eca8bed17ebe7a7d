import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temp folder per test, removed afterwards; returns its path and helpers. */
export function tempDir(prefix = 'desk-'): { path: string; file(name: string, content: string): string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    file(name, content) {
      const target = join(path, name);
      writeFileSync(target, content);
      return target;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
