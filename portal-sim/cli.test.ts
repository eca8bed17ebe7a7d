import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'portal-sim/cli.ts', ...args], { encoding: 'utf8', timeout: 20_000 });

describe('portal-sim CLI', () => {
  it('refuses bad arguments with a message and exit code 2, starting nothing', () => {
    const bad = cli('--port', 'seventy', '--dossiers=-5');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/port/);
    expect(bad.stderr).toMatch(/dossiers/);
    expect(cli('--fault', 'postAction=explode:1').status).toBe(2);
    expect(cli('--no-such-flag').status).toBe(2);
  });
});
