import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { loadMachineConfig } from '../electron/core/config/load';
import { tempDir } from './tmp';

/** Temp folders for config + catalogue files, removed after each test of the calling file. */
export function catalogueDirs(): () => ReturnType<typeof tempDir> {
  const dirs: ReturnType<typeof tempDir>[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
  return () => {
    const d = tempDir();
    dirs.push(d);
    return d;
  };
}

/**
 * A config naming `file` under `key` (`content` null: the file is missing) is refused as a
 * whole, the key and `pattern` in the English text and the file's path in every Vietnamese one.
 */
export function expectCatalogueRefused(d: ReturnType<typeof tempDir>, key: 'onlineOnly' | 'competentUnits', file: string, content: string | null, pattern: RegExp): void {
  if (content !== null) d.file(file, content);
  const loaded = loadMachineConfig(d.file('config.json', JSON.stringify({ [key]: { cataloguePath: file } })));
  expect(loaded.ok).toBe(false);
  if (loaded.ok) return;
  const text = loaded.issues.map((i) => `${i.key} ${i.message.en}`).join('\n');
  expect(text).toContain(`${key}.cataloguePath`);
  expect(text).toMatch(pattern);
  for (const issue of loaded.issues) expect(issue.message.vi).toContain(join(d.path, file));
}
