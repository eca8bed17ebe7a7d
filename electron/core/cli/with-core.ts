import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import { createCore, type Core } from '../core';
import type { CommonFlags } from './args';
import { say, type CliIo } from './io';
import { packageVersion } from './package-version';
import { printConfigIssues } from './verbs/config-issues';

export interface CliCore {
  readonly core: Core;
  /** Makes a contract call as the CLI (a trusted front, same validation and roles as the app). */
  readonly call: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>;
}

export class CallFailed extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/**
 * Opens the same core the app uses, runs `work`, and always closes it. In production an
 * officer signs in with --officer and the password from ONESTOP_DESK_PASSWORD (never a flag:
 * flags end up in shell history).
 */
export async function withCore(io: CliIo, flags: CommonFlags & { officer?: string }, work: (cli: CliCore) => Promise<number>): Promise<number> {
  const core = createCore({ dataRoot: flags['data-dir'], configPath: flags.config, version: packageVersion() });
  try {
    if (core.status.state === 'config-invalid') {
      printConfigIssues(io, core.status.configPath, core.status.issues);
      return 1;
    }
    const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => {
      const result = await core.dispatch(name, input, { trusted: true });
      if (!result.ok) {
        const details = result.error.details as { message?: { vi: string; en: string } } | undefined;
        throw new CallFailed(result.error.code, details?.message ? say(io, details.message) : result.error.message);
      }
      return result.value as CallOutput<K>;
    };
    if (flags.officer) {
      await core.start();
      await call('auth.signIn', { officerId: flags.officer, password: process.env.ONESTOP_DESK_PASSWORD ?? '' });
    }
    return await work({ core, call });
  } catch (error) {
    if (error instanceof CallFailed) {
      io.err(`${error.code}: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await core.close();
  }
}
