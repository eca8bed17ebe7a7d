import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../../../test/tmp';
import { runCliInMemory as cli } from './run-in-memory';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function workspace() {
  const dir = tempDir();
  dirs.push(dir);
  return { dir, base: ['--data-dir', join(dir.path, 'data'), '--config', join(dir.path, 'absent.json')] };
}

describe('desk command line', () => {
  it('info --json prints exactly one JSON document with the app info', async () => {
    const { dir, base } = workspace();
    const { code, stdout } = await cli(['info', '--json', ...base]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      productName: 'OneStop Desk', mode: 'training', dataDir: join(dir.path, 'data', 'training'),
      centre: { level: 'commune', name: 'Trung tâm Phục vụ hành chính công phường Ba Đình' },
    });
  });

  it('rejects an unknown verb or a bad flag with usage on stderr and exit code 2', async () => {
    await expect(cli(['frobnicate'])).resolves.toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('npm run desk') as unknown });
    await expect(cli(['info', '--bogus'])).resolves.toMatchObject({ code: 2, stdout: '' });
    await expect(cli(['info', '--lang', 'fr'])).resolves.toMatchObject({ code: 2 });
    await expect(cli([])).resolves.toMatchObject({ code: 2 });
  });

  it('config check names each bad key and exits 1; a good file exits 0', async () => {
    const { dir } = workspace();
    const bad = dir.file('bad.json', JSON.stringify({ mode: 'prod', training: { seed: -1 } }));
    const checked = await cli(['config', 'check', bad, '--json', '--lang', 'en']);
    expect(checked.code).toBe(1);
    const report = JSON.parse(checked.stdout) as { valid: boolean; issues: { key: string }[] };
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.key).sort()).toEqual(['mode', 'training.seed']);
    const good = dir.file('good.json', JSON.stringify({ mode: 'training', agencyCode: 'H15.50.05.13' }));
    await expect(cli(['config', 'check', good])).resolves.toMatchObject({ code: 0 });
    await expect(cli(['config', 'check', join(dir.path, 'nope.json')])).resolves.toMatchObject({ code: 1 });
  });

  it('runs as a real process through npm run desk', () => {
    const { base } = workspace();
    const ok = spawnSync('npx', ['tsx', 'electron/core/cli/main.ts', 'info', '--json', ...base], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ productName: 'OneStop Desk' });
    const bad = spawnSync('npx', ['tsx', 'electron/core/cli/main.ts', 'nonsense'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('desk info');
  });
});
