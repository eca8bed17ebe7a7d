import { existsSync, readFileSync } from 'node:fs';
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
    const files = config.files as string[];
    expect(files.slice(0, 2)).toEqual(['out/**', 'package.json']);
    // Everything after the two inclusions only excludes.
    expect(files.slice(2).every((pattern) => pattern.startsWith('!'))).toBe(true);
    expect(files).toContain('!**/*.map');
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(true);
  });

  it('targets deb + AppImage on Linux and a per-machine, non one-click NSIS on Windows', () => {
    const config = loadConfig();
    expect(config.linux?.target).toEqual(['deb', 'AppImage']);
    expect(config.win?.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ]);
    expect(config.nsis?.perMachine).toBe(true);
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.allowElevation).toBe(true);
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('installs the MSI per machine with the upgradeCode pinned forever', () => {
    const config = loadConfig();
    // Changing this GUID makes Windows install a second copy beside the old one.
    expect(config.msi?.upgradeCode).toBe('740854A8-D442-480B-B227-73CC3BAB069F');
    expect(config.msi?.upgradeCode).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(config.msi?.perMachine).toBe(true);
    expect(config.msi?.runAfterFinish).toBe(false);
  });

  it('signs with SHA-256 from the environment and verifies update signatures by full DN', () => {
    const config = loadConfig();
    const win = config.win;
    expect(win?.verifyUpdateCodeSignature).toBe(true);
    expect(win?.signExts).toContain('.node');
    expect(win?.signtoolOptions?.sign).toBe('./build/sign-windows.mjs');
    expect(win?.signtoolOptions?.signingHashAlgorithms).toEqual(['sha256']);
    expect(win?.signtoolOptions?.rfc3161TimeStampServer).toMatch(/^https?:\/\//);
    const publishers = [win?.signtoolOptions?.publisherName ?? []].flat();
    expect(publishers.length).toBeGreaterThan(0);
    for (const name of publishers) expect(name).toMatch(/^CN=[^,]+,( *[A-Z]+=[^,]+,?)+/);
    // No secret may be committed: no certificate file, password or inline key.
    expect(win?.signtoolOptions?.certificateFile).toBeUndefined();
    expect(win?.signtoolOptions?.certificatePassword).toBeUndefined();
    expect(readFileSync(resolve(projectRoot, 'electron-builder.yml'), 'utf8')).not.toMatch(/password|\.pfx|\.p12/i);
  });

  it('names artifacts with version and arch, flips fuses after packing and publishes to a generic feed', () => {
    const config = loadConfig();
    expect(config.artifactName).toContain('${version}');
    expect(config.artifactName).toContain('${arch}');
    expect(config.artifactName).not.toContain(' ');
    expect(config.afterPack).toBe('./build/after-pack.mjs');
    expect(existsSync(resolve(projectRoot, 'build', 'after-pack.mjs'))).toBe(true);
    expect(config.publish).toMatchObject({ provider: 'generic' });
  });
});
