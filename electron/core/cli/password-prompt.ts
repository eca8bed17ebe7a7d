import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export const PASSWORD_ENV = 'ONESTOP_DESK_PASSWORD';

export interface Terminal {
  readonly input: Readable & { readonly isTTY?: boolean };
  readonly output: Writable;
}

/**
 * The officer's password: ONESTOP_DESK_PASSWORD when set (scripts), otherwise asked on the
 * terminal without echo. Null when there is neither: the caller says how to provide one.
 * Never a flag, since flags end up in shell history.
 */
export async function readPassword(prompt: string, env: Readonly<Record<string, string | undefined>>, terminal: Terminal): Promise<string | null> {
  const fromEnv = env[PASSWORD_ENV];
  if (fromEnv) return fromEnv;
  if (!terminal.input.isTTY) return null;
  terminal.output.write(prompt);
  let muted = false;
  // readline echoes through this stream; once the prompt is out, nothing typed is shown.
  const silent = Object.assign(Object.create(terminal.output) as Writable, {
    write: (chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (!muted) return terminal.output.write(chunk);
      const done = rest.find((arg): arg is () => void => typeof arg === 'function');
      done?.();
      return true;
    },
  });
  const rl = createInterface({ input: terminal.input, output: silent, terminal: true });
  muted = true;
  try {
    const answer = await new Promise<string>((resolve) => rl.question('', resolve));
    return answer.length > 0 ? answer : null;
  } finally {
    rl.close();
    terminal.output.write('\n');
  }
}
