import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/tmp';
import { openDatabase } from './connection';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('every desk connection', () => {
  it('keeps SQLite temp data (sorts, index builds) in memory, encrypted, read-only or not', () => {
    const dir = tempDir('desk-conn-');
    dirs.push(dir);
    const path = join(dir.path, 'desk.sqlite');
    const writer = openDatabase(path, { keyHex: '11'.repeat(32) });
    writer.exec('CREATE TABLE t (x)');
    const reader = openDatabase(path, { keyHex: '11'.repeat(32), readonly: true });
    // 2 = MEMORY (0 would be the compile-time default: temp files on disk, in clear).
    expect(writer.pragma('temp_store', { simple: true })).toBe(2);
    expect(reader.pragma('temp_store', { simple: true })).toBe(2);
    reader.close();
    writer.close();
  });
});
