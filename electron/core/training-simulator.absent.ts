import { DeskFailure } from '../../shared/contract/errors';
import type { loadTrainingSimulator as LoadTrainingSimulator } from './training-simulator';

// The counter build (electron-vite --mode counter) resolves training-simulator.ts to this
// file, so neither the simulator nor its training accounts are in what IT installs.
export const TRAINING_BUILT_IN: boolean = false;

export const loadTrainingSimulator: typeof LoadTrainingSimulator = () =>
  Promise.reject(new DeskFailure('CONFIG_INVALID', 'This build has no training mode: set mode "production" and portal.baseUrl.'));
