// Where Electron's binary is, and which runtime the native SQLite module was last
// built for. Shared by start.mjs and ensure-node-abi.mjs. Never require('electron'):
// its index.js tries to download the binary and throws when it cannot.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';
const electronDir = join(projectRoot, 'node_modules', 'electron');
const markerPath = join(projectRoot, 'node_modules', '.onestop-native-abi');

/** Absolute path of the Electron executable, or null when it was never downloaded. */
export function electronBinaryPath() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

/** Electron's NODE_MODULE_VERSION (shipped in the electron package), or null. */
export function electronAbi() {
  const file = join(electronDir, 'abi_version');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

/** { runtime: 'node' | 'electron', abi: string } as last recorded, or null when unknown. */
export function readNativeAbiMarker() {
  try {
    const marker = JSON.parse(readFileSync(markerPath, 'utf8'));
    if ((marker.runtime === 'node' || marker.runtime === 'electron') && typeof marker.abi === 'string') return marker;
  } catch {
    // No marker yet: npm install built the module for plain Node.
  }
  return null;
}

export function writeNativeAbiMarker(runtime, abi) {
  writeFileSync(markerPath, `${JSON.stringify({ runtime, abi, module: NATIVE_MODULE, at: new Date().toISOString() })}\n`);
}
