import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../../../test/tmp';
import { EXIT } from '../exit-codes';
import { runCliInMemory as cli } from '../run-in-memory';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

/** A data folder of its own; `config` names the machine config (absent: training defaults). */
function workspace(config?: (dir: ReturnType<typeof tempDir>) => string) {
  const dir = tempDir();
  dirs.push(dir);
  return ['--data-dir', join(dir.path, 'data'), '--config', config ? config(dir) : join(dir.path, 'absent.json')];
}

const intakeArgs = (procedure: string) => [
  'intake', '--procedure', procedure, '--name', 'Nguyễn Văn An', '--address', 'Phường Ba Đình, Thành phố Hà Nội',
  '--summary', 'Hồ sơ tại quầy', '--documents', 'Tờ khai;Bản sao căn cước',
];

describe('desk intake', () => {
  it('refuses an online-only procedure with the reason (vi, en, --json) and queues nothing; takes a paper one', async () => {
    const base = workspace();
    const vi = await cli([...intakeArgs('1.004222'), ...base]);
    expect(vi.code).toBe(EXIT.error);
    expect(vi.stderr).toContain('không tiếp nhận hồ sơ giấy');
    const json = await cli([...intakeArgs('1.004222'), '--json', ...base]);
    expect(json.code).toBe(EXIT.error);
    expect(JSON.parse(json.stdout)).toMatchObject({ received: false, code: 'VALIDATION', onlineOnlyFrom: '2025-10-01', reason: { en: expect.stringMatching(/takes no paper dossier/) as unknown } });
    const queue = await cli(['queue', '--json', ...base]);
    expect(JSON.parse(queue.stdout)).toEqual([]);
    const taken = await cli([...intakeArgs('1.001193'), '--json', ...base]);
    expect(taken.code).toBe(EXIT.done);
    expect(JSON.parse(taken.stdout)).toMatchObject({ received: true });
  }, 120_000);

  it('lists the competent units for a procedure, the usual one first, and refuses an unknown procedure', async () => {
    const base = workspace();
    const text = await cli(['intake', '--procedure', '1.004222', '--list-units', '--lang', 'vi', ...base]);
    expect(text.code).toBe(EXIT.done);
    expect(text.stdout).toMatch(/000\.40\.12\.H29 {2}Công an phường Ba Đình \(thường dùng\)\n {2}000\.42\.12\.H29 {2}Công an phường Cầu Giấy/);
    const json = await cli(['intake', '--procedure', '1.004222', '--list-units', '--json', ...base]);
    expect(JSON.parse(json.stdout)).toMatchObject({ procedure: { code: '1.004222' }, units: [{ code: '000.40.12.H29', usual: true }, { code: '000.42.12.H29', usual: false }] });
    const unknown = await cli(['intake', '--procedure', '9.999999', '--list-units', '--lang', 'vi', ...base]);
    expect(unknown.code).toBe(EXIT.error);
    expect(unknown.stderr).toContain('Không có thủ tục 9.999999');
  }, 120_000);

  it('follows the catalogue the machine config names when listing units', async () => {
    const base = workspace((dir) => {
      dir.file('units.json', JSON.stringify({ units: [{ code: 'X1', name: 'UBND xã Mẫu', kind: 'communeCommittee' }], byField: [{ field: 'HT', units: ['X1'] }] }));
      return dir.file('config.json', JSON.stringify({ competentUnits: { cataloguePath: 'units.json' } }));
    });
    const json = await cli(['intake', '--procedure', '1.001193', '--list-units', '--json', ...base]);
    expect(JSON.parse(json.stdout)).toMatchObject({ units: [{ code: 'X1', name: 'UBND xã Mẫu', usual: true }] });
    // A field the file leaves out has no unit to pick: said, not printed as an empty list.
    const none = await cli(['intake', '--procedure', '1.004222', '--list-units', '--lang', 'en', ...base]);
    expect(none.code).toBe(EXIT.error);
    expect(none.stderr).toContain('has no unit for procedure 1.004222');
  }, 120_000);

  it('--unit picks the competent unit; one not competent is refused with the reason and nothing is queued', async () => {
    const base = workspace();
    // Commune police decide residence, not civil status.
    const refused = await cli([...intakeArgs('1.001193'), '--unit', '000.40.12.H29', '--lang', 'vi', ...base]);
    expect(refused.code).toBe(EXIT.error);
    expect(refused.stderr).toContain('Đơn vị 000.40.12.H29 không có thẩm quyền giải quyết thủ tục này');
    const refusedJson = await cli([...intakeArgs('1.001193'), '--unit', '000.40.12.H29', '--json', ...base]);
    expect(JSON.parse(refusedJson.stdout)).toMatchObject({ received: false, code: 'VALIDATION', reason: { en: expect.stringMatching(/not competent/) as unknown } });
    expect(JSON.parse((await cli(['queue', '--json', ...base])).stdout)).toEqual([]);

    const usual = await cli([...intakeArgs('1.001193'), '--lang', 'vi', ...base]);
    expect(usual.code).toBe(EXIT.done);
    expect(usual.stdout).toContain('Đơn vị giải quyết: UBND phường Ba Đình (000.30.12.H29) — đơn vị thường dùng');
    const picked = await cli([...intakeArgs('1.001193'), '--unit', '000.32.12.H29', '--json', ...base]);
    expect(picked.code).toBe(EXIT.done);
    expect(JSON.parse(picked.stdout)).toMatchObject({ received: true, competentUnit: { code: '000.32.12.H29', name: 'UBND phường Cầu Giấy' } });
    const queue = JSON.parse((await cli(['queue', '--json', ...base])).stdout) as { payload: { competentUnitCode?: string } }[];
    expect(queue.map((row) => row.payload.competentUnitCode).sort()).toEqual(['000.30.12.H29', '000.32.12.H29']);
  }, 120_000);

  it('refuses a blank --unit as a usage error', async () => {
    const blank = await cli([...intakeArgs('1.001193'), '--unit', '  ']);
    expect(blank.code).toBe(EXIT.usage);
    expect(blank.stderr).toContain('--unit');
  });
});
