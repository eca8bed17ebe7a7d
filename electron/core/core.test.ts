import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../test/tmp';
import { openEncryptedDatabase } from './keys/encrypted-database';
import { fileKeyProvider } from './keys/file-key-provider';
import { createCore, type Core, type ReadyCore } from './core';

const dirs: ReturnType<typeof tempDir>[] = [];
const cores: Core[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
  dirs.splice(0).forEach((d) => d.remove());
});
const trusted = { trusted: true };
function ready(core: Core): ReadyCore {
  if (core.state !== 'ready') throw new Error(`the core is not ready: ${JSON.stringify(core.status)}`);
  return core;
}

function start(config?: object, root?: ReturnType<typeof tempDir>) {
  const dir = root ?? tempDir();
  if (!root) dirs.push(dir);
  const configPath = config ? dir.file('config.json', JSON.stringify(config)) : join(dir.path, 'none.json');
  const core = createCore({ dataRoot: join(dir.path, 'data'), configPath, version: '9.9.9', logToFile: false });
  cores.push(core);
  return { core, dir };
}

describe('createCore on a real SQLite file', () => {
  it('serves app.info with version, mode, data directory and schema version', async () => {
    const { core, dir } = start();
    const result = await core.dispatch('app.info', {}, trusted);
    expect(result).toMatchObject({
      ok: true,
      value: { version: '9.9.9', mode: 'training', dataDir: join(dir.path, 'data', 'training'), schemaVersion: ready(core).schemaVersion },
    });
  });

  it('offers a call typed by contract name that goes through the same checks as the dispatcher', async () => {
    const { core } = start();
    const info = await core.call('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { version: '9.9.9', mode: 'training' } });
    // A typed call still meets the contract's input schema at run time.
    const refused = await core.call('prefs.set', { language: 'fr' as 'vi' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('keeps the officer language across a restart and pushes a prefs.changed event', async () => {
    const { core, dir } = start();
    const heard: unknown[] = [];
    core.events.onAny((name, payload) => heard.push([name, payload]));
    await expect(core.dispatch('prefs.get', {}, trusted)).resolves.toEqual({ ok: true, value: { language: 'vi' } });
    await core.dispatch('prefs.set', { language: 'en' }, trusted);
    expect(heard).toEqual([['prefs.changed', { language: 'en' }]]);
    await core.close();
    cores.splice(cores.indexOf(core), 1);
    const again = start(undefined, dir).core;
    await expect(again.dispatch('prefs.get', {}, trusted)).resolves.toEqual({ ok: true, value: { language: 'en' } });
  });

  it('keeps training and production data in separate folders', () => {
    const training = start();
    const production = start({ mode: 'production', portal: { baseUrl: 'https://gw.example.vn' } });
    expect(ready(training.core).dataDir).toMatch(/training$/);
    expect(ready(production.core).dataDir).toMatch(/production$/);
  });

  it('stays up with an invalid config: app.status names each bad key, every other call is refused', async () => {
    const { core } = start({ mode: 'nope', portal: { timeoutMs: -1 } });
    expect(core.state).toBe('config-invalid');
    await expect(core.call('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'CONFIG_INVALID' } });
    const status = await core.dispatch('app.status', {}, trusted);
    expect(status).toMatchObject({ ok: true, value: { state: 'config-invalid' } });
    if (!status.ok) return;
    const issues = (status.value as { issues: { key: string }[] }).issues.map((i) => i.key).sort();
    expect(issues).toEqual(['mode', 'portal.timeoutMs']);
    await expect(core.dispatch('app.info', {}, trusted)).resolves.toMatchObject({ ok: false, error: { code: 'CONFIG_INVALID' } });
  });

  it('refuses to open a database written by a newer version, leaving it untouched', async () => {
    const { core, dir } = start();
    await core.close();
    cores.splice(cores.indexOf(core), 1);
    const path = join(dir.path, 'data', 'training', 'desk.sqlite');
    const keys = fileKeyProvider(join(dir.path, 'data', 'training', 'desk.key'));
    const { db } = openEncryptedDatabase(path, keys);
    db.pragma('user_version = 990');
    db.close();
    expect(() => start(undefined, dir)).toThrow(/newer version of OneStop Desk/);
    const check = openEncryptedDatabase(path, keys).db;
    expect(check.pragma('user_version', { simple: true })).toBe(990);
    check.close();
  });
});
