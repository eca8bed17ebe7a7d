import type { CallInput, CallName } from '../../shared/contract';

/** Every desk query is keyed ['desk', name, input]; ['desk', name] matches all inputs of a call. */
export const deskQueryKey = <K extends CallName>(name: K, input: CallInput<K>) => ['desk', name, input] as const;
export const deskCallKey = (name: CallName) => ['desk', name] as const;
