import type { DeskBridge } from '../../shared/contract';

declare global {
  interface Window {
    /** Exposed by the preload (or the e2e harness) with buildDeskBridge; frozen. */
    readonly desk: DeskBridge;
  }
}

export {};
