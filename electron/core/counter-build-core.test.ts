import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../test/tmp';
import { createCore, type Core } from './core';

// What electron.vite.config.ts does for the counter build: the simulator module is the absent one.
vi.mock('./training-simulator', () => import('./training-simulator.absent'));

const opened: { core: Core; dir: ReturnType<typeof tempDir> }[] = [];
afterEach(async () => {
  for (const { core, dir } of opened.splice(0)) {
    await core.close();
    dir.remove();
  }
});

describe('the counter build without a production configuration', () => {
  it('opens on the configuration screen saying what IT must set, instead of a training session', async () => {
    const dir = tempDir();
    const core = createCore({ dataRoot: join(dir.path, 'data'), configPath: join(dir.path, 'none.json'), version: '9.9.9', logToFile: false });
    opened.push({ core, dir });
    await expect(core.dispatch('app.status', {}, { trusted: true })).resolves.toMatchObject({
      ok: true,
      value: { state: 'config-invalid', issues: [{ key: 'mode', message: { vi: expect.stringContaining('không có chế độ tập huấn') as unknown } }] },
    });
    await expect(core.dispatch('lookup.search', { query: 'Nguyễn' }, { trusted: true })).resolves.toMatchObject({ ok: false, error: { code: 'CONFIG_INVALID' } });
  });
});
