// Before tests run under plain Node: if `npm start` last rebuilt the SQLite module for
// Electron (or it does not load for any ABI reason), rebuild it for this Node.
import { spawnSync } from 'node:child_process';
import { NATIVE_MODULE, projectRoot, readNativeAbiMarker, writeNativeAbiMarker } from './lib/electron-runtime.mjs';

const nodeAbi = process.versions.modules;

/** Loads the module in a child process (a failed native load would poison this one). */
function loadsUnderNode() {
  const probe = `const D=require(${JSON.stringify(NATIVE_MODULE)});new D(':memory:').close();`;
  return spawnSync(process.execPath, ['-e', probe], { cwd: projectRoot, stdio: 'ignore' }).status === 0;
}

const marker = readNativeAbiMarker();
const builtForNode = marker === null || (marker.runtime === 'node' && marker.abi === nodeAbi);
if (builtForNode && loadsUnderNode()) {
  if (marker === null) writeNativeAbiMarker('node', nodeAbi);
  process.exit(0);
}

console.log(`Rebuilding ${NATIVE_MODULE} for Node ${process.version} (ABI ${nodeAbi})…`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const rebuild = spawnSync(npm, ['rebuild', NATIVE_MODULE], { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
if (rebuild.status !== 0 || !loadsUnderNode()) {
  console.error(`Could not rebuild ${NATIVE_MODULE} for Node; run \`npm rebuild ${NATIVE_MODULE}\` and read its output.`);
  process.exit(1);
}
writeNativeAbiMarker('node', nodeAbi);
