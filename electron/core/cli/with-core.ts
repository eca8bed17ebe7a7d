import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import type { ReadyCore } from '../core';
import type { CommonFlags } from './args';
import { EXIT } from './exit-codes';
import { say, type CliIo } from './io';
import { composeCliCore } from './compose-cli-core';
import { PASSWORD_ENV, readPassword, type Terminal } from './password-prompt';
import { printConfigIssues } from './verbs/config-issues';

export interface CliCore {
  readonly core: ReadyCore;
  /** Makes a contract call as the CLI (a trusted front, same validation and roles as the app). */
  readonly call: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>;
}

export class CallFailed extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const processTerminal: Terminal = { input: process.stdin, output: process.stderr };

const NEEDS_SIGN_IN = {
  vi: 'Lệnh này cần một cán bộ đã đăng nhập: thêm --officer <mã cán bộ> (mật khẩu lấy từ ONESTOP_DESK_PASSWORD hoặc được hỏi trên terminal).',
  en: 'This command needs a signed-in officer: add --officer <officer ID> (the password comes from ONESTOP_DESK_PASSWORD or is asked on the terminal).',
};
const NO_PASSWORD = {
  vi: `Chưa có mật khẩu: đặt biến môi trường ${PASSWORD_ENV} hoặc chạy lệnh trên một terminal để nhập mật khẩu.`,
  en: `No password: set the ${PASSWORD_ENV} environment variable, or run the command on a terminal to type it.`,
};

/**
 * Opens the same core the app uses, makes sure an officer is signed in, runs `work`, and
 * always closes it. Training mode opens signed in as the training officer; otherwise (or to
 * act as someone else) --officer signs in with the password from ONESTOP_DESK_PASSWORD or
 * the terminal. Without a session the verb stops with EXIT.signInNeeded instead of doing
 * nothing.
 */
export async function withCore(io: CliIo, flags: CommonFlags, work: (cli: CliCore) => Promise<number>, terminal: Terminal = processTerminal): Promise<number> {
  const { core } = composeCliCore(flags);
  try {
    if (core.state === 'config-invalid') {
      printConfigIssues(io, core.status.configPath, core.status.issues);
      return EXIT.error;
    }
    const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => {
      const result = await core.call(name, input);
      if (!result.ok) {
        const details = result.error.details as { message?: { vi: string; en: string } } | undefined;
        throw new CallFailed(result.error.code, details?.message ? say(io, details.message) : result.error.message);
      }
      return result.value;
    };
    if (flags.officer) {
      const password = await readPassword(say(io, { vi: `Mật khẩu của ${flags.officer}: `, en: `Password for ${flags.officer}: ` }), process.env, terminal);
      if (password === null) {
        io.err(say(io, NO_PASSWORD));
        return EXIT.signInNeeded;
      }
      await core.start();
      try {
        await call('auth.signIn', { officerId: flags.officer, password });
      } catch (error) {
        if (!(error instanceof CallFailed)) throw error;
        io.err(`${say(io, { vi: 'Đăng nhập không thành công', en: 'Sign-in failed' })}: ${error.message}`);
        return EXIT.signInNeeded;
      }
    }
    const { session } = await call('auth.session', {});
    if (!session) {
      io.err(say(io, NEEDS_SIGN_IN));
      return EXIT.signInNeeded;
    }
    return await work({ core, call });
  } catch (error) {
    if (error instanceof CallFailed) {
      io.err(`${error.code}: ${error.message}`);
      return error.code === 'UNAUTHENTICATED' ? EXIT.signInNeeded : EXIT.error;
    }
    throw error;
  } finally {
    await core.close();
  }
}
