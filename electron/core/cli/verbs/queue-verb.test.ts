import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../../../test/tmp';
import { EXIT } from '../exit-codes';
import { runCliInMemory as cli } from '../run-in-memory';
import { queueLine } from './queue-line';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('desk queue', () => {
  it('prints the state and the kind by the names the Queue screen shows, in the chosen language', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const base = ['--data-dir', join(dir.path, 'data'), '--config', join(dir.path, 'absent.json')];
    const taken = await cli(['intake', '--procedure', '1.001193', '--name', 'Nguyễn Văn An', '--address', 'Phường Ba Đình, Thành phố Hà Nội',
      '--summary', 'Đăng ký khai sinh', '--documents', 'Tờ khai', ...base]);
    expect(taken.code).toBe(EXIT.done);
    const vi = await cli(['queue', ...base]);
    expect(vi.code).toBe(EXIT.done);
    expect(vi.stdout).toMatch(/Chờ gửi|Đang gửi|Đã gửi/);
    expect(vi.stdout).toContain('Tiếp nhận hồ sơ mới');
    expect(vi.stdout).not.toMatch(/\b(waiting|sending|delivered|intake)\b/);
    const en = await cli(['queue', '--lang', 'en', ...base]);
    expect(en.stdout).toMatch(/\b(Waiting|Sending|Delivered)\b/);
    expect(en.stdout).toContain('New dossier intake');
  }, 120_000);

  it('names a refused action and its reason in the officer\'s words', () => {
    const row = {
      seq: 12, kind: 'return_result', dossierCode: 'H15.50.05.13-261202-0007', officerId: 'canbo01', state: 'rejected' as const, attempts: 1,
      createdAt: '2026-12-02T02:00:00.000Z', deliveredAt: null, nextAttemptAt: null, payload: {},
      lastError: { code: 'rejected', params: { status: 422 }, message: { vi: 'Cổng từ chối thao tác (mã 422).', en: 'The portal refused the action (code 422).' } },
    };
    expect(queueLine({ lang: 'vi' }, row)).toMatch(/^\s+12 Bị từ chối\s+Trả kết quả\s+H15\.50\.05\.13-261202-0007\s+canbo01 Cổng từ chối thao tác \(mã 422\)\.$/);
    expect(queueLine({ lang: 'en' }, row)).toMatch(/Rejected\s+Return result\s+.*The portal refused/);
  });
});
