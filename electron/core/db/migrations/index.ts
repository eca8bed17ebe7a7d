import type { Migration } from '../migrate';
import { m0010Prefs } from './0010-prefs';
import { m0020Cache } from './0020-cache';

/** Every migration, in order. Add a file per step (0020-…, 0030-…); never renumber. */
export const migrations: readonly Migration[] = [m0010Prefs, m0020Cache];
