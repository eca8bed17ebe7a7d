import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../../test/tmp';
import { loadMachineConfig } from './load';
import { defaultDataRoot, machineConfigPath } from './paths';
import { machineConfigSchema } from './schema';

const dirs: ReturnType<typeof tempDir>[] = [];
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('machine configuration', () => {
  it('falls back to training-mode defaults when the file does not exist', () => {
    const result = loadMachineConfig(join(dir().path, 'missing.json'));
    expect(result).toMatchObject({ ok: true, source: 'defaults', config: { mode: 'training', session: { lockAfterMinutes: 5 } } });
  });

  it('reads a valid file (with a BOM, as Windows Notepad writes it)', () => {
    const path = dir().file('c.json', '\uFEFF{"mode":"production","portal":{"baseUrl":"https://gw.example.vn"},"agencyCode":"H15.50.05.13"}');
    expect(loadMachineConfig(path)).toMatchObject({ ok: true, source: 'file', config: { mode: 'production', agencyCode: 'H15.50.05.13' } });
  });

  it('names each bad key, in Vietnamese and English', () => {
    const path = dir().file('c.json', JSON.stringify({ mode: 'live', session: { lockAfterMinutes: 0 }, portal: { baseUrl: 'ftp://x' }, typo: 1 }));
    const result = loadMachineConfig(path);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.key).sort()).toEqual(['mode', 'portal.baseUrl', 'session.lockAfterMinutes', 'typo']);
    for (const issue of result.issues) {
      expect(issue.message.en.length).toBeGreaterThan(0);
      expect(issue.message.vi.length).toBeGreaterThan(0);
    }
  });

  it('requires a portal URL in production mode', () => {
    const path = dir().file('c.json', '{"mode":"production"}');
    const result = loadMachineConfig(path);
    expect(result).toMatchObject({ ok: false, issues: [{ key: 'portal.baseUrl' }] });
  });

  it('reports a file that is not JSON instead of crashing', () => {
    const path = dir().file('c.json', '{"mode": training}');
    expect(loadMachineConfig(path)).toMatchObject({ ok: false, issues: [{ key: '(file)' }] });
  });

  it('lives at the OS-specific machine-wide path unless the environment overrides it', () => {
    expect(machineConfigPath('linux', {})).toBe('/etc/onestop-desk/config.json');
    expect(machineConfigPath('win32', { ProgramData: 'C:\\ProgramData' })).toMatch(/ProgramData.OneStop Desk.config\.json$/);
    expect(machineConfigPath('linux', { ONESTOP_DESK_CONFIG: '/tmp/x.json' })).toBe('/tmp/x.json');
  });

  it('ignores every environment override under the packaged policy (a user cannot swap the machine policy)', () => {
    const packaged = { honourOverrides: false };
    const env = { ONESTOP_DESK_CONFIG: '/tmp/x.json', ProgramData: 'D:\\Users\\canbo01\\fake', ONESTOP_DESK_DATA_DIR: '/tmp/data' };
    expect(machineConfigPath('linux', env, packaged)).toBe('/etc/onestop-desk/config.json');
    expect(machineConfigPath('win32', env, packaged)).toMatch(/^C:.ProgramData.OneStop Desk.config\.json$/);
    expect(defaultDataRoot('linux', { ...env, XDG_CONFIG_HOME: '/home/a/.config' }, packaged)).toBe('/home/a/.config/OneStop Desk');
    expect(defaultDataRoot('linux', env)).toBe('/tmp/data');
  });
});

describe('transport policy in the machine config', () => {
  const issuesOf = (config: unknown) => {
    const parsed = machineConfigSchema.safeParse(config);
    return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
  };

  it('requires https for the portal and updates in production', () => {
    expect(issuesOf({ mode: 'production', portal: { baseUrl: 'http://dvc.example.gov.vn' } })).toEqual(['portal.baseUrl']);
    expect(issuesOf({ mode: 'production', portal: { baseUrl: 'https://dvc.example.gov.vn' }, updates: { url: 'http://updates.example.gov.vn/desk' } })).toEqual([
      'updates.url',
    ]);
    expect(issuesOf({ mode: 'production', portal: { baseUrl: 'http://127.0.0.1:7070' } })).toEqual(['portal.baseUrl']);
    expect(issuesOf({ mode: 'production', portal: { baseUrl: 'https://dvc.example.gov.vn' }, updates: { url: 'https://updates.example.gov.vn/desk' } })).toEqual([]);
  });

  it('allows http in training only to this PC', () => {
    expect(issuesOf({ mode: 'training', portal: { baseUrl: 'http://127.0.0.1:7070' } })).toEqual([]);
    expect(issuesOf({ mode: 'training', portal: { baseUrl: 'http://localhost:7070' } })).toEqual([]);
    expect(issuesOf({ mode: 'training', portal: { baseUrl: 'http://portal-sim.lan:7070' } })).toEqual(['portal.baseUrl']);
  });
});
