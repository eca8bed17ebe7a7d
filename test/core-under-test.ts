import type { DeskDatabase } from '../electron/core/composition/desk-database';
import { composeCore, type Core, type CoreOptions, type ReadyCore } from '../electron/core/core';

/** Test-only: a ready core with the database behind it, for tests that look past the contract. */
export interface CoreUnderTest {
  readonly core: ReadyCore;
  readonly database: DeskDatabase;
}

export function openCoreUnderTest(options: CoreOptions): CoreUnderTest {
  const composed = composeCore(options);
  if (composed.state !== 'ready') throw new Error(`the test's machine config is invalid: ${JSON.stringify(composed.core.status.issues)}`);
  return { core: composed.core, database: composed.database };
}

/** Test-only: the ready variant of a core whose config the test wrote to be valid. */
export function expectReady(core: Core): ReadyCore {
  if (core.state !== 'ready') throw new Error(`the core is not ready: ${JSON.stringify(core.status)}`);
  return core;
}
