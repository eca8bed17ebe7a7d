import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PASSWORD_ENV, readPassword } from './password-prompt';

function fakeTerminal(isTTY: boolean) {
  const input = Object.assign(new PassThrough(), { isTTY, setRawMode: () => input });
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  return { terminal: { input, output }, input, shown: () => shown };
}

describe('password prompt', () => {
  it('takes the environment variable first, without asking', async () => {
    const t = fakeTerminal(true);
    await expect(readPassword('Password: ', { [PASSWORD_ENV]: 's3cret' }, t.terminal)).resolves.toBe('s3cret');
    expect(t.shown()).toBe('');
  });

  it('asks on a terminal and never echoes what is typed', async () => {
    const t = fakeTerminal(true);
    const answer = readPassword('Password: ', {}, t.terminal);
    t.input.write('taphuan@2024\r');
    await expect(answer).resolves.toBe('taphuan@2024');
    expect(t.shown()).toContain('Password: ');
    expect(t.shown()).not.toContain('taphuan');
  });

  it('gives null without a terminal or for an empty answer, so the caller can say how to sign in', async () => {
    await expect(readPassword('Password: ', {}, fakeTerminal(false).terminal)).resolves.toBeNull();
    const t = fakeTerminal(true);
    const answer = readPassword('Password: ', {}, t.terminal);
    t.input.write('\r');
    await expect(answer).resolves.toBeNull();
  });
});
