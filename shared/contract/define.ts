import type { z } from 'zod';
import type { Audience } from './roles';

/** One renderer→main call: its zod input, zod output and who may make it. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly roles: Audience;
  readonly summary: string;
}

export const defineCall = <I extends z.ZodType, O extends z.ZodType>(spec: CallSpec<I, O>): CallSpec<I, O> => spec;

/** IPC channel names are derived, never typed by hand. */
export const callChannel = (name: string): string => `desk:call:${name}`;
export const eventChannel = (name: string): string => `desk:event:${name}`;
