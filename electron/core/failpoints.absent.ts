import type { failpointsFromEnv as FailpointsFromEnv } from './failpoints';

// Every built bundle resolves failpoints.ts to this file: an installed app has no way to
// be made to kill itself. The crash proofs run the sources, which keep the real ones.
export const failpointsFromEnv: typeof FailpointsFromEnv = () => () => undefined;
