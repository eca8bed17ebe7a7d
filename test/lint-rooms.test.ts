import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { CORE_LAYERS } from '../eslint/core-layers.js';
import { DEPENDENCY_CLASSES } from '../eslint/dependency-rooms.js';
import { rooms } from '../eslint/rooms.js';

// Lints the fixtures with exactly the room rules the project uses (eslint/rooms.js),
// without type information: only the import rules are under test here.
const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    ...rooms,
  ],
});

async function messages(path: string): Promise<{ ruleId: string; message: string }[]> {
  const [result] = await eslint.lintText(readFileSync(path, 'utf8'), { filePath: path });
  return (result?.messages ?? []).map((m) => ({ ruleId: m.ruleId ?? `fatal: ${m.message}`, message: m.message }));
}
const ruleIds = async (path: string): Promise<string[]> => (await messages(path)).map((m) => m.ruleId);

const violations: [string, string][] = [
  ['lint-fixtures/shared/imports-node-builtin.ts', 'no-restricted-imports'],
  ['lint-fixtures/shared/imports-electron.ts', 'rooms/dependency-room'],
  ['lint-fixtures/shared/imports-renderer.ts', 'no-restricted-imports'],
  ['lint-fixtures/shared/imports-sqlite.ts', 'rooms/dependency-room'],
  ['lint-fixtures/shared/uses-window.ts', 'no-restricted-globals'],
  ['lint-fixtures/core/imports-electron.ts', 'rooms/dependency-room'],
  ['lint-fixtures/core/imports-react-dom.ts', 'rooms/dependency-room'],
  ['lint-fixtures/core/imports-unclassified.ts', 'rooms/dependency-room'],
  ['lint-fixtures/core/imports-vitest.ts', 'rooms/dependency-room'],
  ['lint-fixtures/core/uses-document.ts', 'no-restricted-globals'],
  ['lint-fixtures/core/imports-simulator-statically.ts', 'rooms/simulator-on-demand'],
  ['lint-fixtures/core/db/imports-services.ts', 'rooms/core-layer'],
  ['lint-fixtures/core/services/imports-api-types.ts', 'rooms/core-layer'],
  ['lint-fixtures/core/services/imports-composition-root.ts', 'rooms/core-layer'],
  ['lint-fixtures/core/sync/imports-api.ts', 'rooms/core-layer'],
  ['lint-fixtures/core/portal/imports-sync.ts', 'rooms/core-layer'],
  ['lint-fixtures/core/unplaced/imports-db.ts', 'rooms/core-layer'],
  ['lint-fixtures/core/services/prepares-sql.ts', 'no-restricted-syntax'],
  ['lint-fixtures/shell/imports-react-dom.ts', 'rooms/dependency-room'],
  ['lint-fixtures/shell/imports-simulator-statically.ts', 'rooms/simulator-on-demand'],
  ['lint-fixtures/renderer/imports-fs.ts', 'no-restricted-imports'],
  ['lint-fixtures/renderer/imports-node-path.ts', 'no-restricted-imports'],
  ['lint-fixtures/renderer/imports-core.ts', 'no-restricted-imports'],
  ['lint-fixtures/renderer/imports-electron.tsx', 'rooms/dependency-room'],
  ['lint-fixtures/renderer/imports-sqlite.ts', 'rooms/dependency-room'],
  ['lint-fixtures/other/imports-electron.ts', 'rooms/dependency-room'],
  ['lint-fixtures/other/imports-unclassified.ts', 'rooms/dependency-room'],
];

const clean = [
  'lint-fixtures/shared/clean.ts',
  'lint-fixtures/core/clean.ts',
  'lint-fixtures/core/clean-tooling.test.ts',
  'lint-fixtures/core/loads-simulator-on-demand.ts',
  'lint-fixtures/core/services/clean.ts',
  'lint-fixtures/core/api/clean.ts',
  'lint-fixtures/core/cli/clean.ts',
  'lint-fixtures/core/db/clean.ts',
  'lint-fixtures/shell/clean.ts',
  'lint-fixtures/renderer/clean.tsx',
  'lint-fixtures/other/clean.ts',
];

describe('room rules fire on deliberate violations', () => {
  it.each(violations)('%s breaks %s', async (path, rule) => {
    expect(await ruleIds(path)).toContain(rule);
  });

  it.each(clean)('%s passes', async (path) => {
    expect(await ruleIds(path)).toEqual([]);
  });

  it('names the package and where to classify it, or the layer it may not reach', async () => {
    expect((await messages('lint-fixtures/core/imports-unclassified.ts')).map((m) => m.message)).toEqual([
      "'left-pad' is not classified: add it to eslint/dependency-rooms.js as shared, core, shell, renderer or tooling.",
    ]);
    expect((await messages('lint-fixtures/core/imports-vitest.ts'))[0]?.message).toMatch(/^'vitest' is a tooling package .*; core code may import only shared, core packages\.$/);
    expect((await messages('lint-fixtures/core/db/imports-services.ts'))[0]?.message).toBe(
      'db may not import services (../services/lookup/lookup-service): db may use only nothing else in the core.',
    );
    expect((await messages('lint-fixtures/core/unplaced/imports-db.ts'))[0]?.message).toBe("'unplaced' in lint-fixtures/core has no layer: place it in eslint/core-layers.js.");
  });

  it("lets the shell files directly in electron/ import 'electron'", async () => {
    const [result] = await eslint.lintText("import { app } from 'electron';\nexport const a = app;\n", { filePath: 'electron/main.ts' });
    expect(result?.messages).toEqual([]);
    const [nested] = await eslint.lintText("import { app } from 'electron';\nexport const a = app;\n", { filePath: 'electron/shell/policy.ts' });
    expect(nested?.messages.map((m) => m.ruleId)).toContain('rooms/dependency-room');
  });
});

describe('every dependency has a room, every core folder a layer', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

  it('classifies each package in package.json', () => {
    const declared = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)];
    expect(declared.filter((name) => !Object.hasOwn(DEPENDENCY_CLASSES, name))).toEqual([]);
  });

  it('classifies only packages that are installed', () => {
    expect(Object.keys(DEPENDENCY_CLASSES).filter((name) => !existsSync(`node_modules/${name}/package.json`))).toEqual([]);
  });

  it('places each folder and top-level file of electron/core in a layer', () => {
    const entries = readdirSync('electron/core', { withFileTypes: true })
      .filter((e) => e.isDirectory() || (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')))
      .map((e) => e.name);
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.filter((name) => !Object.hasOwn(CORE_LAYERS, name))).toEqual([]);
  });
});
