import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/tmp';
import { writeExportFile } from './write-export-file';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
function place() {
  const dir = tempDir();
  dirs.push(dir);
  const dataDir = join(dir.path, 'data');
  const chosen = join(dir.path, 'Documents');
  mkdirSync(dataDir);
  mkdirSync(chosen);
  return { dataDir, chosen };
}
const bytes = Buffer.from('STT,Mã hồ sơ\r\n');
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code: string; details: { reason: string; message: { vi: string; en: string } } });
  }
  throw new Error('expected a refusal');
};

describe('writing an export where the supervisor chose', () => {
  it('writes a new file there, owner-only', () => {
    const p = place();
    const path = writeExportFile({ path: join(p.chosen, 'so.csv'), replaceConfirmed: false }, bytes, p.dataDir);
    expect(readFileSync(path)).toEqual(bytes);
    if (process.platform !== 'win32') expect(lstatSync(path).mode & 0o077).toBe(0);
  });

  it('refuses to overwrite an existing file unless the supervisor confirmed, and leaves it as it was', () => {
    const p = place();
    const path = join(p.chosen, 'so.csv');
    writeFileSync(path, 'cũ');
    const refused = refusal(() => writeExportFile({ path, replaceConfirmed: false }, bytes, p.dataDir));
    expect(refused).toMatchObject({ code: 'STORAGE', details: { reason: 'exists' } });
    expect(refused.details.message.vi).toContain('không ghi đè');
    expect(readFileSync(path, 'utf8')).toBe('cũ');
    writeExportFile({ path, replaceConfirmed: true }, bytes, p.dataDir);
    expect(readFileSync(path)).toEqual(bytes);
    expect(readdirSync(p.chosen)).toEqual(['so.csv']);
  });

  it('refuses a name that is a link, even a dangling one and even when replacing was confirmed, and writes nothing through it', () => {
    const p = place();
    const victim = join(p.dataDir, '..', 'victim.txt');
    writeFileSync(victim, 'giữ nguyên');
    symlinkSync(victim, join(p.chosen, 'link.csv'));
    symlinkSync(join(p.chosen, 'nowhere'), join(p.chosen, 'dangling.csv'));
    for (const name of ['link.csv', 'dangling.csv']) {
      expect(refusal(() => writeExportFile({ path: join(p.chosen, name), replaceConfirmed: true }, bytes, p.dataDir))).toMatchObject({ details: { reason: 'link' } });
    }
    expect(readFileSync(victim, 'utf8')).toBe('giữ nguyên');
    expect(existsSync(join(p.chosen, 'nowhere'))).toBe(false);
  });

  it('never writes into the data folder, even through a linked parent folder', () => {
    const p = place();
    expect(refusal(() => writeExportFile({ path: join(p.dataDir, 'exports', 'so.csv'), replaceConfirmed: false }, bytes, p.dataDir))).toMatchObject({ details: { reason: 'in_data_folder' } });
    symlinkSync(p.dataDir, join(p.chosen, 'shortcut'));
    expect(refusal(() => writeExportFile({ path: join(p.chosen, 'shortcut', 'so.csv'), replaceConfirmed: false }, bytes, p.dataDir))).toMatchObject({ details: { reason: 'in_data_folder' } });
    expect(readdirSync(p.dataDir)).toEqual([]);
  });

  it('refuses a folder name and a relative path', () => {
    const p = place();
    expect(refusal(() => writeExportFile({ path: p.chosen, replaceConfirmed: true }, bytes, p.dataDir))).toMatchObject({ details: { reason: 'not_a_file' } });
    expect(refusal(() => writeExportFile({ path: 'so.csv', replaceConfirmed: false }, bytes, p.dataDir))).toMatchObject({ details: { reason: 'relative' } });
  });
});
