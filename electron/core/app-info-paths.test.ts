import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/tmp';
import { expectReady } from '../../test/core-under-test';
import { createCore, type ReadyCore } from './core';

const opened: { core: ReadyCore; dir: ReturnType<typeof tempDir> }[] = [];
afterEach(async () => {
  for (const { core, dir } of opened.splice(0)) {
    await core.close();
    dir.remove();
  }
});
const trusted = { trusted: true };

function start(): ReadyCore {
  const dir = tempDir();
  const core = expectReady(createCore({ dataRoot: join(dir.path, 'data'), configPath: join(dir.path, 'none.json'), version: '9.9.9', logToFile: false }));
  opened.push({ core, dir });
  return core;
}

describe('app.info and where the data lives', () => {
  it('names the data directory to a signed-in officer only; the sign-in screen learns version and mode, not the path', async () => {
    const core = start();
    await expect(core.dispatch('app.info', {}, trusted)).resolves.toMatchObject({ ok: true, value: { dataDir: core.dataDir } });
    await core.dispatch('auth.signOut', {}, trusted);
    await expect(core.dispatch('auth.session', {}, trusted)).resolves.toMatchObject({ ok: true, value: { session: null } });
    const signedOut = await core.dispatch('app.info', {}, trusted);
    expect(signedOut).toMatchObject({ ok: true, value: { version: '9.9.9', mode: 'training', dataDir: null } });
    expect(JSON.stringify(signedOut)).not.toContain(core.dataDir);
  });
});
