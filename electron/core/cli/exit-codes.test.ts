import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { TRAINING_PASSWORD } from '../../../portal-sim/officers';
import { tempDir } from '../../../test/tmp';
import { EXIT } from './exit-codes';
import { PASSWORD_ENV } from './password-prompt';
import { runCliInMemory as cli } from './run-in-memory';
import { verbs } from './verbs';

// Every verb that acts as an officer, with the arguments that make it do real work.
const SESSION_VERBS: Readonly<Record<string, string[]>> = {
  search: ['search', 'Nguyễn'],
  dossier: ['dossier', 'H29.99-260105-0001'],
  citizen: ['citizen', '001085012345'],
  sync: ['sync', '--pull-only'],
  queue: ['queue'],
  action: ['action', 'note', '--dossier', 'H29.99-260105-0001', '--text', 'Gọi lại cho công dân'],
  'subject list': ['subject', 'list', '001085012345'],
  intake: ['intake', '--procedure', '1.001193', '--name', 'Nguyễn Văn An', '--address', 'Phường Ba Đình', '--summary', 'Đăng ký khai sinh', '--documents', 'Tờ khai'],
  'subject erase': ['subject', 'erase', '001085012345', '--reason', 'Yêu cầu của chủ thể dữ liệu'],
};

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
beforeEach(() => {
  delete process.env[PASSWORD_ENV];
});

function workspace(config: object | null) {
  const dir = tempDir();
  dirs.push(dir);
  const configPath = config ? dir.file('config.json', JSON.stringify(config)) : join(dir.path, 'absent.json');
  return ['--data-dir', join(dir.path, 'data'), '--config', configPath, '--lang', 'en'];
}

// Nothing listens on port 1 of loopback: a sign-in attempt fails at once, with no traffic off the machine.
const production = { mode: 'production', portal: { baseUrl: 'https://127.0.0.1:1', timeoutMs: 500 } };

describe('CLI exit codes', () => {
  it('classifies exactly the verbs that act as an officer as needing a session', () => {
    expect(verbs.filter((v) => v.session === 'required').map((v) => v.name).sort()).toEqual(Object.keys(SESSION_VERBS).sort());
  });

  it.each(Object.entries(SESSION_VERBS))('%s without a signed-in officer in production exits 4 and says how to sign in', async (_name, args) => {
    const run = await cli([...args, ...workspace(production)]);
    expect(run).toMatchObject({ code: EXIT.signInNeeded, stdout: '' });
    expect(run.stderr).toContain('--officer');
  });

  it('--officer without a password and without a terminal exits 4 naming the environment variable', async () => {
    const run = await cli(['queue', '--officer', 'canbo01', ...workspace(production)]);
    expect(run).toMatchObject({ code: EXIT.signInNeeded, stdout: '' });
    expect(run.stderr).toContain(PASSWORD_ENV);
  });

  it('a sign-in the portal cannot confirm (unreachable, no offline verifier) exits 4 with the reason', async () => {
    process.env[PASSWORD_ENV] = 'not-the-password';
    const run = await cli(['queue', '--officer', 'canbo01', ...workspace(production)]);
    expect(run.code).toBe(EXIT.signInNeeded);
    expect(run.stderr).toContain('Sign-in failed');
  });

  it('answers in Vietnamese by default', async () => {
    const args = workspace(production).filter((a) => a !== '--lang' && a !== 'en');
    const run = await cli(['queue', ...args]);
    expect(run.code).toBe(EXIT.signInNeeded);
    expect(run.stderr).toContain('cần một cán bộ đã đăng nhập');
  });

  it('in training mode the training session does the work: pull, search, act as another officer with --officer', async () => {
    const base = workspace(null);
    expect((await cli(['sync', '--pull-only', '--json', ...base])).code).toBe(EXIT.done);
    const search = await cli(['search', 'Nguyễn', '--json', ...base]);
    expect(search.code).toBe(EXIT.done);
    const code = (JSON.parse(search.stdout) as { dossiers: { code: string }[] }).dossiers[0]?.code;
    expect(code).toBeTruthy();
    expect((await cli(['dossier', code ?? '', ...base])).code).toBe(EXIT.done);

    process.env[PASSWORD_ENV] = TRAINING_PASSWORD;
    const recorded = await cli(['action', 'note', '--dossier', code ?? '', '--text', 'Gọi lại cho công dân', '--officer', 'canbo02', '--json', ...base]);
    expect(recorded.code).toBe(EXIT.done);
    delete process.env[PASSWORD_ENV];
    const queue = await cli(['queue', '--json', ...base]);
    expect(queue.code).toBe(EXIT.done);
    expect(JSON.parse(queue.stdout)).toEqual([expect.objectContaining({ officerId: 'canbo02', kind: 'note' })]);
    // The training password is checked too: a wrong one is a failed sign-in, not a silent fallback.
    process.env[PASSWORD_ENV] = 'wrong';
    expect((await cli(['queue', '--officer', 'canbo02', ...base])).code).toBe(EXIT.signInNeeded);
  });

  it('a verb that needs no session refuses --officer as a usage error', async () => {
    await expect(cli(['info', '--officer', 'canbo01', ...workspace(null)])).resolves.toMatchObject({ code: EXIT.usage });
    await expect(cli(['config', 'check', '--officer', 'canbo01'])).resolves.toMatchObject({ code: EXIT.usage });
  });

  it('--help lists the exit codes and, for session verbs, --officer', async () => {
    const help = await cli(['sync', '--help', '--lang', 'en']);
    expect(help.code).toBe(EXIT.done);
    expect(help.stdout).toContain('[--officer ID]');
    for (const code of [0, 1, 2, 3, 4]) expect(help.stdout).toMatch(new RegExp(`^  ${code}  `, 'm'));
    const usage = await cli([]);
    expect(usage.code).toBe(EXIT.usage);
    expect(usage.stderr).toContain('Mã thoát');
  });
});
