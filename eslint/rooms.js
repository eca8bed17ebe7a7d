// Import rules per folder ("rooms"): each runtime may only reach what it can load.
// Kept apart from eslint.config.js so the lint test can prove each rule fires.
import { builtinModules } from 'node:module';
import { roomsPlugin } from './rooms-plugin.js';

// Bare built-in names must match exactly ('domain' or 'events' would otherwise match
// our own ../domain and ./events folders as gitignore-style patterns); node:* is a pattern.
const builtinNames = builtinModules.filter((m) => !m.startsWith('_'));
const nodePrefixed = ['node:*'];

const paths = (names, message) => names.map((name) => ({ name, message }));
const plugins = { rooms: roomsPlugin };

// Which room each file is in for packages (eslint/dependency-rooms.js); the rest is tooling.
const ROOM_FILES = {
  shared: ['shared/**/*.ts', 'lint-fixtures/shared/**/*.ts'],
  core: ['electron/core/**/*.ts', 'electron/shell/**/*.ts', 'portal-sim/**/*.ts', 'lint-fixtures/core/**/*.ts'],
  shell: ['electron/*.ts', 'lint-fixtures/shell/**/*.ts'],
  renderer: ['renderer/**/*.{ts,tsx}', 'lint-fixtures/renderer/**/*.{ts,tsx}'],
};
const TESTS = ['**/*.test.{ts,tsx}', '**/test-db.ts'];

export const rooms = [
  ...Object.entries(ROOM_FILES).map(([room, files]) => ({
    name: `rooms/${room}-packages`,
    files,
    plugins,
    rules: { 'rooms/dependency-room': ['error', { room }] },
  })),
  {
    name: 'rooms/tooling-packages',
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: Object.values(ROOM_FILES).flat(),
    plugins,
    rules: { 'rooms/dependency-room': ['error', { room: 'tooling' }] },
  },
  {
    name: 'rooms/core-layers',
    files: ['electron/core/**/*.ts'],
    ignores: TESTS,
    plugins,
    rules: { 'rooms/core-layer': ['error', { root: 'electron/core' }] },
  },
  {
    name: 'rooms/core-layers-fixtures',
    // Folders inside the fixture root stand for the core's folders; its top-level files are room fixtures.
    files: ['lint-fixtures/core/*/**/*.ts'],
    plugins,
    rules: { 'rooms/core-layer': ['error', { root: 'lint-fixtures/core' }] },
  },
  {
    name: 'rooms/simulator-on-demand',
    files: ['electron/**/*.ts', 'lint-fixtures/core/**/*.ts', 'lint-fixtures/shell/**/*.ts'],
    ignores: TESTS,
    plugins,
    rules: { 'rooms/simulator-on-demand': ['error', { simulator: 'portal-sim' }] },
  },
  {
    // SQL lives in repositories under db/, each statement prepared once when its repository is made.
    name: 'rooms/sql-in-db',
    files: ['electron/core/**/*.ts', 'lint-fixtures/core/**/*.ts'],
    ignores: [...TESTS, 'electron/core/db/**', 'lint-fixtures/core/db/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='prepare']",
          message: 'SQL belongs in a repository under electron/core/db/ (prepared once, when the repository is made); call its methods here.',
        },
      ],
    },
  },
  {
    name: 'rooms/shared',
    files: ROOM_FILES.shared,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: paths(builtinNames, 'shared/ is pure: no Node built-ins.'),
          patterns: [
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
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/core may not import the renderer.' }] },
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
    files: ROOM_FILES.renderer,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: paths(builtinNames, 'The renderer has no Node access: no Node built-ins.'),
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
];
