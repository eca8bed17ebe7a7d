import type { MachineConfig } from './schema';

/** The in-process training simulator: its port changes every start, its identity does not. */
export const TRAINING_SIMULATOR_ORIGIN = 'training-simulator';

/**
 * Which portal this core talks to, as stored with offline verifiers and queued actions.
 * The URL origin (scheme, host, port): a path change on one gateway is the same portal.
 */
export function portalOriginOf(config: MachineConfig, overrideUrl?: string): string {
  if (overrideUrl) return new URL(overrideUrl).origin;
  if (config.mode === 'training') return TRAINING_SIMULATOR_ORIGIN;
  if (!config.portal.baseUrl) throw new Error('production mode without portal.baseUrl (the config schema refuses this)');
  return new URL(config.portal.baseUrl).origin;
}
