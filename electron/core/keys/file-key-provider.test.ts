import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/tmp';
import { fileKeyProvider } from './file-key-provider';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
const workspace = () => {
  const d = tempDir('desk-keyfile-');
  dirs.push(d);
  return d.path;
};
const KEY_HEX = 'ab'.repeat(32);

describe.skipIf(process.platform === 'win32')('key file permissions (POSIX)', () => {
  it('refuses a key file that others may read, and leaves it as it is', () => {
    const path = join(workspace(), 'desk.key');
    writeFileSync(path, `${KEY_HEX}\n`, { mode: 0o644 });
    chmodSync(path, 0o644);
    expect(() => fileKeyProvider(path).getOrCreateKey()).toThrow(/others may read it/);
    chmodSync(path, 0o600);
    expect(fileKeyProvider(path).getOrCreateKey().toString('hex')).toBe(KEY_HEX);
  });

  it('refuses a key file that is a link, even a dangling one, instead of writing through it', () => {
    const dir = workspace();
    const target = join(dir, 'elsewhere.key');
    const path = join(dir, 'desk.key');
    symlinkSync(target, path);
    expect(() => fileKeyProvider(path).getOrCreateKey()).toThrow(/not a regular file/);
  });
});
