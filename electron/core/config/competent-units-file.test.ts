import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { catalogueDirs, expectCatalogueRefused } from '../../../test/catalogue-config';
import type { tempDir } from '../../../test/tmp';
import { competentUnitsFor } from '../../../shared/domain/competent-units';
import { runCliInMemory as cli } from '../cli/run-in-memory';
import { loadMachineConfig } from './load';

const dir = catalogueDirs();

// A province with one commune committee and a land office; land goes to the office first.
const CATALOGUE = `\uFEFF// Danh mục của tỉnh
{
  "units": [
    { "code": "000.10.01.H01", "name": "UBND xã Mẫu", "kind": "communeCommittee" },
    { "code": "000.00.99.H01", "name": "Văn phòng Đăng ký đất đai tỉnh Mẫu", "kind": "department" },
  ],
  "byField": [
    { "field": "HT", "units": ["000.10.01.H01"] },
    { "field": "DD", "units": ["000.00.99.H01", "000.10.01.H01"] },
  ],
  "byProcedure": [{ "code": "1.002809", "units": ["000.10.01.H01"] }],
}`;

const catalogue = (patch: Record<string, unknown>) =>
  JSON.stringify({
    units: [{ code: 'U1', name: 'UBND xã Một', kind: 'communeCommittee' }],
    byField: [{ field: 'HT', units: ['U1'] }],
    ...patch,
  });

const configNaming = (d: ReturnType<typeof tempDir>, file: string) => d.file('config.json', JSON.stringify({ competentUnits: { cataloguePath: file } }));

describe('the competent-unit catalogue the machine config names', () => {
  it('replaces the shipped one: relative to the config file, BOM and comments allowed, the usual unit first', () => {
    const d = dir();
    d.file('units.jsonc', CATALOGUE);
    const loaded = loadMachineConfig(configNaming(d, 'units.jsonc'));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.competentUnits).toMatchObject({ source: 'file', path: join(d.path, 'units.jsonc') });
    const units = loaded.competentUnits.catalogue;
    expect(competentUnitsFor('1.001193', units).map((u) => u.code)).toEqual(['000.10.01.H01']);
    expect(competentUnitsFor('1.002809', units).map((u) => u.code)).toEqual(['000.10.01.H01']);
    expect(competentUnitsFor('1.003003', units).map((u) => u.code)).toEqual(['000.00.99.H01', '000.10.01.H01']);
    // A field the file does not list has no competent unit: nothing falls back to the shipped data.
    expect(competentUnitsFor('1.004194', units)).toEqual([]);
  });

  it('uses the shipped catalogue when the config names none', () => {
    const loaded = loadMachineConfig(dir().file('config.json', '{}'));
    expect(loaded).toMatchObject({ ok: true, competentUnits: { source: 'built-in', path: null } });
  });

  it.each([
    ['a missing file', null, /file not found/],
    ['broken JSON', '{ "units": [ }', /not valid JSON at line 1, column \d+/],
    ['an unknown kind', catalogue({ units: [{ code: 'U1', name: 'X', kind: 'district' }] }), /units\.0\.kind/],
    ['a unit code twice', catalogue({ units: [{ code: 'U1', name: 'A', kind: 'communeCommittee' }, { code: 'U1', name: 'B', kind: 'department' }] }), /units\.1\.code.*Unit U1 is listed twice/],
    ['an unknown unit referenced', catalogue({ byField: [{ field: 'HT', units: ['U1', 'U9'] }] }), /byField\.0\.units\.1.*Unit U9 is not in the units list/],
    ['a unit twice in one list', catalogue({ byField: [{ field: 'HT', units: ['U1', 'U1'] }] }), /byField\.0\.units\.1.*listed twice/],
    ['an unknown field', catalogue({ byField: [{ field: 'QQ', units: ['U1'] }] }), /byField\.0\.field.*QQ is not a field/],
    ['a field twice', catalogue({ byField: [{ field: 'HT', units: ['U1'] }, { field: 'HT', units: ['U1'] }] }), /byField\.1\.field.*Field HT is listed twice/],
    ['an unknown procedure', catalogue({ byProcedure: [{ code: '9.999999', units: ['U1'] }] }), /byProcedure\.0\.code.*9\.999999 is not a procedure/],
    ['a procedure twice', catalogue({ byProcedure: [{ code: '1.002809', units: ['U1'] }, { code: '1.002809', units: ['U1'] }] }), /byProcedure\.1\.code.*Procedure 1\.002809 is listed twice/],
    ['an empty list', catalogue({ byProcedure: [{ code: '1.002809', units: [] }] }), /byProcedure\.0\.units.*must not be empty/],
    ['an unknown key', catalogue({ extra: 1 }), /extra/],
  ])('refuses the whole configuration on %s, naming the path and key in both languages', (_why, content, pattern) => {
    expectCatalogueRefused(dir(), 'competentUnits', 'units.json', content, pattern);
  });

  it('says the cross-checks in Vietnamese too', () => {
    const d = dir();
    d.file('units.json', catalogue({ byField: [{ field: 'HT', units: ['U9'] }], byProcedure: [{ code: '1.002809', units: [] }] }));
    const loaded = loadMachineConfig(configNaming(d, 'units.json'));
    expect(loaded.ok ? [] : loaded.issues.map((i) => i.message.vi)).toEqual([
      expect.stringContaining('Đơn vị U9 không có trong danh sách units'),
      expect.stringContaining('danh sách đơn vị không được để trống'),
    ]);
  });

  it('`desk config check` validates the named file and says which catalogue applies', async () => {
    const d = dir();
    d.file('units.jsonc', CATALOGUE);
    const good = configNaming(d, 'units.jsonc');
    const checked = await cli(['config', 'check', good, '--json']);
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout)).toMatchObject({ valid: true, competentUnits: { source: 'file', path: join(d.path, 'units.jsonc'), units: 2 } });
    const text = await cli(['config', 'check', good, '--lang', 'vi']);
    expect(text.stdout).toContain('Danh mục đơn vị có thẩm quyền hợp lệ');
    const bad = configNaming(d, 'absent.json');
    const refused = await cli(['config', 'check', bad, '--json', '--lang', 'en']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ valid: false, issues: [{ key: 'competentUnits.cataloguePath' }] });
  });
});
