import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { catalogueDirs, expectCatalogueRefused } from '../../../test/catalogue-config';
import { runCliInMemory as cli } from '../cli/run-in-memory';
import { loadMachineConfig } from './load';

const dir = catalogueDirs();

const LIST = `// Danh mục của tỉnh
{
  "basis": "Chỉ thị 24/CT-TTg ngày 13/09/2025",
  "procedures": [
    { "code": "1.001193", "name": "Đăng ký khai sinh", "from": "2026-03-01" },
    { "code": "1.004222", "onlineOnly": false, "from": "2025-10-01" },
  ],
}`;

describe('the online-only procedures file the machine config names', () => {
  it('replaces the shipped list: relative to the config file, comments allowed, a flag turns one off', () => {
    const d = dir();
    d.file('online.jsonc', LIST);
    const loaded = loadMachineConfig(d.file('config.json', JSON.stringify({ onlineOnly: { cataloguePath: 'online.jsonc' } })));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.onlineOnly).toMatchObject({ source: 'file', path: join(d.path, 'online.jsonc') });
    expect(loaded.onlineOnly.catalogue.procedures.map((p) => [p.code, p.onlineOnly])).toEqual([['1.001193', true], ['1.004222', false]]);
  });

  it('uses the shipped list when the config names none', () => {
    const loaded = loadMachineConfig(dir().file('config.json', '{}'));
    expect(loaded).toMatchObject({ ok: true, onlineOnly: { source: 'built-in', path: null } });
  });

  it.each([
    ['a missing file', null, /file not found/],
    ['broken JSON', '{ "basis": "x", "procedures": [ }', /not valid JSON at line 1, column \d+/],
    ['an impossible date', '{ "basis": "x", "procedures": [{ "code": "1.004222", "from": "2025-02-30" }] }', /procedures\.0\.from/],
    ['a code the desk does not know', '{ "basis": "x", "procedures": [{ "code": "9.999999", "from": "2025-10-01" }] }', /9\.999999 is not a procedure/],
    ['a code twice', '{ "basis": "x", "procedures": [{ "code": "1.004222", "from": "2025-10-01" }, { "code": "1.004222", "from": "2026-01-01" }] }', /listed twice/],
    ['a malformed code', '{ "basis": "x", "procedures": [{ "code": "1.42", "from": "2025-10-01" }] }', /"1\.42" is not a procedure code/],
    ['an unknown key', '{ "basis": "x", "procedures": [], "extra": 1 }', /extra/],
  ])('refuses the whole configuration on %s, naming the key in both languages', (_why, content, pattern) => {
    expectCatalogueRefused(dir(), 'onlineOnly', 'online.json', content, pattern);
  });

  it('says the list checks in Vietnamese too', () => {
    const d = dir();
    d.file('online.json', '{ "basis": "x", "procedures": [{ "code": "1.42", "from": "2025-10-01" }, { "code": "9.999999", "from": "2025-10-01" }, { "code": "9.999999", "from": "2025-10-01" }] }');
    const loaded = loadMachineConfig(d.file('config.json', JSON.stringify({ onlineOnly: { cataloguePath: 'online.json' } })));
    expect(loaded.ok).toBe(false);
    const vi = loaded.ok ? '' : loaded.issues.map((i) => i.message.vi).join('\n');
    expect(vi).toContain('"1.42" không phải mã thủ tục');
    expect(vi).toContain('9.999999 có hai lần trong danh mục');
    expect(vi).toContain('9.999999 không phải thủ tục trong danh mục của ứng dụng');
    expect(vi).not.toMatch(/listed twice|is not a procedure/);
  });

  it('`desk config check` validates the named file and says which list applies', async () => {
    const d = dir();
    d.file('online.jsonc', LIST);
    const good = d.file('config.json', JSON.stringify({ onlineOnly: { cataloguePath: 'online.jsonc' } }));
    const checked = await cli(['config', 'check', good, '--json']);
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout)).toMatchObject({ valid: true, onlineOnly: { source: 'file', path: join(d.path, 'online.jsonc'), onlineOnlyProcedures: 1 } });
    const text = await cli(['config', 'check', good, '--lang', 'vi']);
    expect(text.stdout).toContain('Danh mục thủ tục chỉ nộp trực tuyến hợp lệ');
    const bad = d.file('bad.json', JSON.stringify({ onlineOnly: { cataloguePath: 'absent.json' } }));
    const refused = await cli(['config', 'check', bad, '--json', '--lang', 'en']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ valid: false, issues: [{ key: 'onlineOnly.cataloguePath' }] });
  });
});
