import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { COUNTER_BUILD_MODE } from './scripts/lib/build-modes.mjs';

/**
 * Modules a built app must not contain. Failpoints (a crash on an environment variable)
 * exist only for the crash proofs, which run the sources. The counter build
 * (`--mode counter`, what IT installs) also leaves out the training simulator and its
 * shared training password; the default build keeps it for `npm start` and training rooms.
 */
const builtWithout = (mode: string) => [
  { find: /^.*\/failpoints$/, replacement: resolve('electron/core/failpoints.absent.ts') },
  ...(mode === COUNTER_BUILD_MODE ? [{ find: /^.*\/training-simulator$/, replacement: resolve('electron/core/training-simulator.absent.ts') }] : []),
];

// Main and preload are built for Node/Electron; the renderer is a plain web bundle
// served from app:// with a strict CSP (see renderer/index.html).
export default defineConfig(({ mode }) => ({
  main: {
    plugins: [externalizeDepsPlugin()],
    resolve: { alias: builtWithout(mode) },
    build: {
      outDir: 'out/main',
      sourcemap: false,
      rollupOptions: { input: { index: resolve('electron/main.ts') } },
    },
  },
  preload: {
    // A sandboxed preload cannot load ES modules: emit one self-contained CommonJS file.
    build: {
      outDir: 'out/preload',
      // A sandboxed preload may require only 'electron': bundle zod and the contract.
      externalizeDeps: false,
      sourcemap: false,
      rollupOptions: {
        input: { index: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      sourcemap: false,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
}));
