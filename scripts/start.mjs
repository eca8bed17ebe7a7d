// `npm start`: build, make sure the native module matches Electron, launch the app.
// Where Electron's binary could not be downloaded, explain in one paragraph and exit 1.
import { spawnSync } from 'node:child_process';
import {
  NATIVE_MODULE,
  electronAbi,
  electronBinaryPath,
  projectRoot,
  readNativeAbiMarker,
  writeNativeAbiMarker,
} from './lib/electron-runtime.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

if (run(npx, ['electron-vite', 'build']) !== 0) {
  console.error('\nThe build failed (see the messages above); Electron was not started.');
  process.exit(1);
}

const binary = electronBinaryPath();
if (!binary) {
  console.error(
    [
      '',
      "OneStop Desk was built, but Electron's runtime could not be downloaded on this machine",
      '(it is fetched from the internet on first use, and this machine has no internet access),',
      'so the desktop window cannot open here. Everything else works without it: `npm test` runs',
      'every test, `npm run desk -- info` runs the same core from the command line, and',
      '`npm run portal-sim` starts the portal simulator. To get the runtime, run',
      '`npx electron --version` (or `node node_modules/electron/install.js`) on a machine with',
      'internet access, then run `npm start` again.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

// The SQLite module is a native addon: Electron needs it built for Electron's ABI.
const abi = electronAbi() ?? 'unknown';
const marker = readNativeAbiMarker();
if (marker?.runtime !== 'electron' || marker.abi !== abi) {
  console.log(`Rebuilding ${NATIVE_MODULE} for Electron (ABI ${abi})…`);
  if (run(npx, ['electron-builder', 'install-app-deps']) !== 0) {
    console.error(`\nCould not rebuild ${NATIVE_MODULE} for Electron; the app was not started. See the messages above.`);
    process.exit(1);
  }
  writeNativeAbiMarker('electron', abi);
}

const app = spawnSync(binary, [projectRoot, ...process.argv.slice(2)], { cwd: projectRoot, stdio: 'inherit' });
process.exit(app.status ?? 1);
