import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
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

async function ruleIds(path: string): Promise<string[]> {
  const [result] = await eslint.lintText(readFileSync(path, 'utf8'), { filePath: path });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const violations: [string, string][] = [
  ['lint-fixtures/shared/imports-node-builtin.ts', 'no-restricted-imports'],
  ['lint-fixtures/shared/imports-electron.ts', 'no-restricted-imports'],
  ['lint-fixtures/shared/imports-renderer.ts', 'no-restricted-imports'],
  ['lint-fixtures/shared/imports-sqlite.ts', 'no-restricted-imports'],
  ['lint-fixtures/shared/uses-window.ts', 'no-restricted-globals'],
  ['lint-fixtures/core/imports-electron.ts', 'no-restricted-imports'],
  ['lint-fixtures/core/imports-react-dom.ts', 'no-restricted-imports'],
  ['lint-fixtures/core/uses-document.ts', 'no-restricted-globals'],
  ['lint-fixtures/renderer/imports-fs.ts', 'no-restricted-imports'],
  ['lint-fixtures/renderer/imports-node-path.ts', 'no-restricted-imports'],
  ['lint-fixtures/renderer/imports-core.ts', 'no-restricted-imports'],
  ['lint-fixtures/renderer/imports-electron.tsx', 'no-restricted-imports'],
  ['lint-fixtures/other/imports-electron.ts', 'no-restricted-imports'],
];

describe('room rules fire on deliberate violations', () => {
  it.each(violations)('%s breaks %s', async (path, rule) => {
    expect(await ruleIds(path)).toContain(rule);
  });

  it.each(['shared', 'core', 'renderer', 'other'])('the clean fixture of %s passes', async (room) => {
    const file = room === 'renderer' ? 'clean.tsx' : 'clean.ts';
    expect(await ruleIds(`lint-fixtures/${room}/${file}`)).toEqual([]);
  });

  it("lets the shell files directly in electron/ import 'electron'", async () => {
    const [result] = await eslint.lintText("import { app } from 'electron';\nexport const a = app;\n", { filePath: 'electron/main.ts' });
    expect(result?.messages).toEqual([]);
    const [nested] = await eslint.lintText("import { app } from 'electron';\nexport const a = app;\n", { filePath: 'electron/shell/policy.ts' });
    expect(nested?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });
});
