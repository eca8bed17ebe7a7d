import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../../test/tmp';
import { createLogger, scrubForLog } from './logger';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('logs carry no personal data', () => {
  it('masks ID and phone numbers in text and personal fields by name', () => {
    expect(scrubForLog({ msg: 'lookup 079203001234 from 0912 345 678', fullName: 'Nguyễn Văn An', code: 'H15.50.05.13-261008-0975' })).toEqual({
      msg: 'lookup •••••••••234 from •••••••678',
      fullName: '[masked]',
      code: 'H15.50.05.13-261008-0975',
    });
    expect(scrubForLog({ applicant: { name: 'Trần Thị Bình', idNumber: '001099012345' } })).toEqual({
      applicant: { name: '[masked]', idNumber: '[masked]' },
    });
  });

  it('writes structured JSON lines to the data folder, scrubbed', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const logs = createLogger({ dir: join(dir.path, 'logs') });
    logs.logger.info({ citizenName: 'Lê Văn Cường', count: 3 }, 'opened citizen 036085001122');
    await logs.close();
    const lines = readFileSync(join(dir.path, 'logs', 'desk.log'), 'utf8').trim().split('\n');
    const entry = JSON.parse(lines.at(-1) ?? '{}') as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 30, citizenName: '[masked]', count: 3, msg: 'opened citizen •••••••••122' });
    expect(readFileSync(join(dir.path, 'logs', 'desk.log'), 'utf8')).not.toContain('036085001122');
  });
});
