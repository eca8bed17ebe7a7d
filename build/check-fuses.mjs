// Release pipeline: reads the fuses back from a packaged binary and compares them with
// build/fuses.mjs. Usage: node build/check-fuses.mjs <packaged executable or .app>
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FUSE_DECISIONS } from './fuses.mjs';

const app = process.argv[2];
if (!app) {
  console.error('usage: node build/check-fuses.mjs <packaged executable>');
  process.exit(2);
}
const wire = await getCurrentFuseWire(app);
const mismatches = [];
for (const [name, decision] of Object.entries(FUSE_DECISIONS)) {
  const state = wire[FuseV1Options[name]];
  const expected = decision.enabled ? FuseState.ENABLE : FuseState.DISABLE;
  const shown = state === FuseState.ENABLE ? 'on' : state === FuseState.DISABLE ? 'off' : 'missing';
  console.log(`${name.padEnd(40)} ${shown}`);
  if (state !== expected) mismatches.push(`${name} is ${shown}, expected ${decision.enabled ? 'on' : 'off'}`);
}
if (mismatches.length > 0) {
  for (const mismatch of mismatches) console.error(`FAIL ${mismatch}`);
  process.exit(1);
}
console.log('every fuse matches build/fuses.mjs');
