// Import rules per folder ("rooms"): each runtime may only reach what it can load.
// Kept apart from eslint.config.js so the lint test can prove each rule fires.
import { builtinModules } from 'node:module';

// Bare built-in names must match exactly ('domain' or 'events' would otherwise match
// our own ../domain and ./events folders as gitignore-style patterns); node:* is a pattern.
const builtinNames = builtinModules.filter((m) => !m.startsWith('_'));
const nodePrefixed = ['node:*'];
const nodePackages = [
  'better-sqlite3-multiple-ciphers',
  'fastify',
  'pino',
  'rotating-file-stream',
  'undici',
  'exceljs',
  'pdfkit',
  'electron-updater',
];
const uiPackages = ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-aria-components', '@tanstack/react-*'];
const electronOnly = { name: 'electron', message: "Only electron/*.ts may import 'electron'." };

const paths = (names, message) => names.map((name) => ({ name, message }));

export const rooms = [
  {
    name: 'rooms/shared',
    files: ['shared/**/*.ts', 'lint-fixtures/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnly,
            ...paths(nodePackages, 'shared/ is pure: no I/O packages.'),
            ...paths(builtinNames, 'shared/ is pure: no Node built-ins.'),
          ],
          patterns: [
            { group: uiPackages, message: 'shared/ is pure: no UI code.' },
            { group: nodePrefixed, message: 'shared/ is pure: no Node built-ins.' },
            {
              group: ['**/electron/**', '**/renderer/**', '**/portal-sim/**'],
              message: 'shared/ may not depend on an environment-specific folder.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'process', 'require', 'Buffer', 'navigator'].map((name) => ({
          name,
          message: 'shared/ is pure: no environment globals.',
        })),
      ],
    },
  },
  {
    name: 'rooms/core',
    files: ['electron/core/**/*.ts', 'lint-fixtures/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: "electron/core runs under plain Node: no 'electron'." },
          ],
          patterns: [
            { group: uiPackages, message: 'electron/core has no UI code.' },
            { group: ['**/renderer/**'], message: 'electron/core may not import the renderer.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage'].map((name) => ({
          name,
          message: 'electron/core runs under plain Node: no DOM.',
        })),
      ],
    },
  },
  {
    name: 'rooms/renderer',
    files: ['renderer/**/*.{ts,tsx}', 'lint-fixtures/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnly,
            ...paths(nodePackages, 'The renderer has no Node access.'),
            ...paths(builtinNames, 'The renderer has no Node access: no Node built-ins.'),
          ],
          patterns: [
            { group: nodePrefixed, message: 'The renderer has no Node access: no Node built-ins.' },
            {
              group: ['**/electron/**', '**/portal-sim/**'],
              message: 'The renderer reaches the main process only through window.desk.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'rooms/electron-only-in-shell',
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['electron/*.ts', 'shared/**', 'electron/core/**', 'renderer/**', 'lint-fixtures/shared/**', 'lint-fixtures/core/**', 'lint-fixtures/renderer/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnly] }],
    },
  },
];
