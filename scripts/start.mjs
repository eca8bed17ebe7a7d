// `npm start`: build, make sure the native module matches Electron, launch the app.
// Where Electron's runtime cannot be had, open the preview in the system Chromium instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
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

// Electron's own download settings: a mirror, or a zip already in its cache (@electron/get's).
function electronCacheDir() {
  if (process.env.electron_config_cache) return process.env.electron_config_cache;
  if (process.platform === 'win32') return join(process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'electron', 'Cache');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron');
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron');
}

function cachedElectronZip() {
  const version = JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const name = `electron-v${version}-${process.platform}-${process.arch}.zip`;
  const dir = electronCacheDir();
  if (!existsSync(dir)) return null;
  const candidates = [join(dir, name), ...readdirSync(dir).map((sub) => join(dir, sub, name))];
  return candidates.find((path) => existsSync(path)) ?? null;
}

let binary = electronBinaryPath();
const mirror = process.env.ELECTRON_MIRROR;
const cached = binary ? null : cachedElectronZip();
if (!binary && (mirror || cached)) {
  console.log(`Getting Electron's runtime from ${mirror ? `ELECTRON_MIRROR (${mirror})` : `the download cache (${cached})`}…`);
  run(process.execPath, [join(projectRoot, 'node_modules', 'electron', 'install.js')]);
  binary = electronBinaryPath();
}
if (!binary) {
  console.log(
    [
      '',
      "Electron's runtime is not on this machine: it is downloaded on first use, and this machine",
      `cannot reach the download (${mirror ? `ELECTRON_MIRROR=${mirror} was tried` : 'no ELECTRON_MIRROR is set'}; no zip in Electron's cache at ${electronCacheDir()}).`,
      'To get the real window: set ELECTRON_MIRROR to a reachable mirror, or put the release zip in that cache',
      '(electron_config_cache overrides where it is), then run npm start again.',
      '',
      'Opening the PREVIEW instead: the same renderer as an app window in the system Chromium, over the',
      'real core (training mode unless the machine config says otherwise). A banner marks it as a preview.',
      '',
    ].join('\n'),
  );
  // The preview's core runs under Node: the SQLite module must be built for it (not for Electron).
  if (run(process.execPath, [join(projectRoot, 'scripts', 'ensure-node-abi.mjs')]) !== 0) process.exit(1);
  process.exit(run(npx, ['tsx', 'scripts/preview/main.ts', ...process.argv.slice(2)]));
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
