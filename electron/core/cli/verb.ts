import type { CliIo } from './io';
import type { CommonFlags, FlagSpec, ParsedCommand } from './args';

export interface VerbContext {
  readonly io: CliIo;
  readonly flags: CommonFlags;
  readonly command: ParsedCommand;
}

/** One CLI verb. `run` returns the process exit code. */
export interface Verb {
  /** One or two words, e.g. "info" or "config check". */
  readonly name: string;
  readonly usage: string;
  readonly summary: { vi: string; en: string };
  readonly flags?: FlagSpec;
  /** 'required': the verb acts as a signed-in officer; it takes --officer and exits 4 without a session. */
  readonly session?: 'required';
  run(context: VerbContext): Promise<number>;
}
