import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Validated offline with electron-builder's own validator and its bundled scheme.json,
// the same check `electron-builder` runs before packaging.
const projectRoot = resolve(import.meta.dirname, '..');
const loadConfig = (): Configuration => parse(readFileSync(resolve(projectRoot, 'electron-builder.yml'), 'utf8')) as Configuration;
const validate = (config: Configuration): Promise<void> => validateConfiguration(config, new DebugLogger(false));

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(validate(loadConfig())).resolves.toBeUndefined();
  });

  it('fails validation when a key is unknown (the check can fail)', async () => {
    const broken = { ...loadConfig(), asarUnpackk: ['**/*.node'] } as Configuration;
    await expect(validate(broken)).rejects.toThrow(/unknown property 'asarUnpackk'/);
  });

  it('fails validation when a nested value has the wrong type', async () => {
    const config = loadConfig();
    const broken = { ...config, nsis: { ...config.nsis, perMachine: 'yes' } } as unknown as Configuration;
    await expect(validate(broken)).rejects.toThrow(/perMachine/);
  });

  it('packs only the built app, with the native module outside the asar', () => {
    const config = loadConfig();
    expect(config.appId).toBe('vn.onestop.desk');
    expect(config.productName).toBe('OneStop Desk');
    expect(config.directories?.output).toBe('dist');
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(true);
  });

  it('targets deb + AppImage on Linux and a per-machine, non one-click NSIS on Windows', () => {
    const config = loadConfig();
    expect(config.linux?.target).toEqual(['deb', 'AppImage']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.nsis?.perMachine).toBe(true);
    expect(config.nsis?.oneClick).toBe(false);
  });
});
