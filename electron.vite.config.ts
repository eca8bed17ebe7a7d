import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Main and preload are built for Node/Electron; the renderer is a plain web bundle
// served from app:// with a strict CSP (see renderer/index.html).
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
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
});
