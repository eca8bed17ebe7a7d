// Every package the code may import, classified by the runtime that may load it. An import
// of a package missing here fails lint (rooms/dependency-room): a new dependency is denied
// everywhere until someone decides where it belongs.

/** Where each class of package may be imported; tooling files may also use 'tooling'. */
export const ROOM_ALLOWS = {
  shared: ['shared'],
  core: ['shared', 'core'],
  shell: ['shared', 'core', 'shell'],
  renderer: ['shared', 'renderer'],
  tooling: ['shared', 'core', 'renderer', 'tooling'],
};

/** What each class means, for the lint message. */
export const CLASS_MEANING = {
  shared: 'pure code, loadable by every room',
  core: 'plain-Node main-process code (electron/core, electron/shell, portal-sim, electron/*.ts)',
  shell: 'the Electron shell: only electron/*.ts',
  renderer: 'the browser UI: only renderer/',
  tooling: 'tests, builds, scripts and benchmarks',
};

export const DEPENDENCY_CLASSES = {
  zod: 'shared',

  'better-sqlite3-multiple-ciphers': 'core',
  exceljs: 'core',
  'jsonc-parser': 'core',
  fastify: 'core',
  pdfkit: 'core',
  pino: 'core',
  'rotating-file-stream': 'core',
  undici: 'core',
  yaml: 'core',

  electron: 'shell',
  'electron-updater': 'shell',

  react: 'renderer',
  'react-dom': 'renderer',
  'react-aria-components': 'renderer',
  // Not in package.json: arrives with react-aria-components, whose date fields take its types.
  '@internationalized/date': 'renderer',
  '@tanstack/react-query': 'renderer',
  '@tanstack/react-virtual': 'renderer',
  i18next: 'renderer',
  'react-i18next': 'renderer',
  qrcode: 'renderer',

  '@axe-core/playwright': 'tooling',
  '@electron/asar': 'tooling',
  '@electron/fuses': 'tooling',
  '@eslint/js': 'tooling',
  '@playwright/test': 'tooling',
  'playwright-core': 'tooling',
  '@seriousme/openapi-schema-validator': 'tooling',
  '@testing-library/dom': 'tooling',
  '@testing-library/react': 'tooling',
  '@testing-library/user-event': 'tooling',
  '@types/node': 'tooling',
  '@types/pdfkit': 'tooling',
  '@types/qrcode': 'tooling',
  '@types/react': 'tooling',
  '@types/react-dom': 'tooling',
  '@vitejs/plugin-react': 'tooling',
  '@vitest/coverage-v8': 'tooling',
  ajv: 'tooling',
  'ajv-formats': 'tooling',
  'electron-builder': 'tooling',
  'electron-vite': 'tooling',
  eslint: 'tooling',
  'eslint-plugin-react-hooks': 'tooling',
  'fast-check': 'tooling',
  globals: 'tooling',
  'happy-dom': 'tooling',
  tsx: 'tooling',
  typescript: 'tooling',
  'typescript-eslint': 'tooling',
  vite: 'tooling',
  vitest: 'tooling',
  // Not in package.json: they come with electron-builder and vite, whose internals these tests read.
  'app-builder-lib': 'tooling',
  'builder-util': 'tooling',
  esbuild: 'tooling',
};

/** Files that are tests or test support wherever they live: they may also import tooling. */
export const TOOLING_FILES = [/\.test\.tsx?$/, /\.fixture\.ts$/, /(^|\/)test-support\.ts$/, /(^|\/)test-db\.ts$/, /(^|\/)renderer\/test\//];
