import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../../../test/tmp';
import { EXIT } from '../exit-codes';
import { runCliInMemory as cli } from '../run-in-memory';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

const intakeArgs = (procedure: string) => [
  'intake', '--procedure', procedure, '--name', 'Nguyễn Văn An', '--address', 'Phường Ba Đình, Thành phố Hà Nội',
  '--summary', 'Hồ sơ tại quầy', '--documents', 'Tờ khai;Bản sao căn cước',
];

describe('desk intake', () => {
  it('refuses an online-only procedure with the reason (vi, en, --json) and queues nothing; takes a paper one', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const base = ['--data-dir', join(dir.path, 'data'), '--config', join(dir.path, 'absent.json')];
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
});
