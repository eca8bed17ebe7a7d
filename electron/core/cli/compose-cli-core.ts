import { composeCore, type ComposedCore } from '../core';
import type { CommonFlags } from './args';
import { packageVersion } from './package-version';

/** The app's own wiring over the data folder and config the command line names. */
export const composeCliCore = (flags: CommonFlags): ComposedCore =>
  composeCore({ dataRoot: flags['data-dir'], configPath: flags.config, version: packageVersion() });
