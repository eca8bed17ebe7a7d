import { parseArgs } from 'node:util';
import { z } from 'zod';

/** Flags every verb understands; verbs add their own. */
export const commonFlagSpec = {
  json: { type: 'boolean', default: false },
  'data-dir': { type: 'string' },
  config: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const commonFlagsSchema = z.object({
  json: z.boolean(),
  'data-dir': z.string().min(1).optional(),
  config: z.string().min(1).optional(),
  lang: z.enum(['vi', 'en']).optional(),
  help: z.boolean(),
  officer: z.string().trim().min(1).max(64).optional(),
});
/** Added to the flags of every verb that needs a session (Verb.session). */
export const officerFlagSpec = { officer: { type: 'string' } } as const;

export type CommonFlags = z.infer<typeof commonFlagsSchema>;

export type FlagSpec = Parameters<typeof parseArgs>[0] extends infer C ? (C extends { options?: infer O } ? NonNullable<O> : never) : never;

export class UsageError extends Error {}

export interface ParsedCommand {
  readonly values: Record<string, unknown>;
  readonly positionals: string[];
}

/** Strict parsing: an unknown flag or a missing value is a usage error, never ignored. */
export function parseCommand(argv: string[], extra: FlagSpec = {}): ParsedCommand {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...commonFlagSpec, ...extra },
      strict: true,
      allowPositionals: true,
    });
    return { values, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Validates parsed flags with zod; a bad value becomes a usage error naming the flag. */
export function validateFlags<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const result = schema.safeParse(values);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new UsageError(`--${first?.path.join('.') ?? '?'}: ${first?.message ?? 'invalid'}`);
  }
  return result.data;
}
