import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { importBuildModule, type FusesModule } from './build-modules';

const fuses = await importBuildModule<FusesModule>('fuses.mjs');
const installedFuseNames = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));

describe('Electron fuses (build/fuses.mjs, flipped by build/after-pack.mjs)', () => {
  it('decides every fuse the installed @electron/fuses defines', () => {
    expect(installedFuseNames.length).toBeGreaterThanOrEqual(9);
    const undecided = installedFuseNames.filter((name) => !(name in fuses.FUSE_DECISIONS));
    expect(undecided).toEqual([]);
    expect(fuses.undecidedFuses()).toEqual([]);
    for (const decision of Object.values(fuses.FUSE_DECISIONS)) expect(decision.why.length).toBeGreaterThan(5);
  });

  it('decides no fuse the installed package does not know (a typo would be silently ignored)', () => {
    expect(Object.keys(fuses.FUSE_DECISIONS).filter((name) => !installedFuseNames.includes(name))).toEqual([]);
  });

  it('turns off every way to run code outside the signed app and turns on asar integrity', () => {
    const enabled = (name: keyof typeof FuseV1Options): boolean | undefined => fuses.FUSE_DECISIONS[name]?.enabled;
    expect(enabled('RunAsNode')).toBe(false);
    expect(enabled('EnableNodeOptionsEnvironmentVariable')).toBe(false);
    expect(enabled('EnableNodeCliInspectArguments')).toBe(false);
    expect(enabled('GrantFileProtocolExtraPrivileges')).toBe(false);
    expect(enabled('EnableCookieEncryption')).toBe(true);
    expect(enabled('EnableEmbeddedAsarIntegrityValidation')).toBe(true);
    expect(enabled('OnlyLoadAppFromAsar')).toBe(true);
    expect(enabled('LoadBrowserProcessSpecificV8Snapshot')).toBe(false);
  });

  it('builds a strict flipFuses config with one boolean per fuse', () => {
    const config = fuses.fuseConfig();
    expect(config.version).toBe(FuseVersion.V1);
    expect(config.strictlyRequireAllFuses).toBe(true);
    for (const name of installedFuseNames) {
      const index = FuseV1Options[name as keyof typeof FuseV1Options];
      expect(config[index], name).toBe(fuses.FUSE_DECISIONS[name]?.enabled);
    }
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
  });
});
