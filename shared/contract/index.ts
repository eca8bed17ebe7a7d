import type { z } from 'zod';
import { appCalls } from './app';
import { lookupCalls } from './lookup';
import { actionCalls } from './actions';
import { syncCalls } from './sync';
import { authCalls } from './auth';
import { privacyCalls } from './privacy';
import { supervisorCalls } from './supervisor';
import { guidanceCalls } from './guidance';

/**
 * The one contract: every renderer↔main call. ipc.ts, preload.ts, the renderer
 * client, the browser test bridge and the CLI are all derived from this object.
 * A feature adds its calls here (one file per feature, spread in below).
 */
export const calls = {
  ...appCalls,
  ...lookupCalls,
  ...actionCalls,
  ...syncCalls,
  ...authCalls,
  ...privacyCalls,
  ...supervisorCalls,
  ...guidanceCalls,
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Calls[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Calls[K]['output']>;
export const callNames = Object.keys(calls) as CallName[];
export const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(calls, name);

export * from './define';
export * from './roles';
export * from './errors';
export * from './app';
export * from './lookup';
export * from './actions';
export * from './sync';
export * from './auth';
export * from './privacy';
export * from './supervisor';
export * from './guidance';
export * from './events';
export * from './storage';
export * from './bridge';
