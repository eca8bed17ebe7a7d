import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { officeDate } from '../../../../../shared/domain/office-time';
import { startDesk, type DeskUnderTest } from '../../../../../test/desk-harness';
import { tempDir } from '../../../../../test/tmp';
import type { CliIo } from '../../../cli/io';
import { runCli } from '../../../cli/run';
import { verbs } from '../../../cli/verbs';
import { NPSP_SCHEMA_PATH, npspJsonSchema } from './json-schema';
import { createNpspDayRows } from '../../../db/export/npsp-day-rows';
import { npspItemsForDays } from './select-day';

const root = resolve(import.meta.dirname, '..', '..', '..', '..', '..');
const schemaFile = JSON.parse(readFileSync(resolve(root, NPSP_SCHEMA_PATH), 'utf8')) as object;
const validate = new Ajv2020({ strict: false }).compile(schemaFile);

let desk: DeskUnderTest | null = null;
afterEach(async () => {
  await desk?.stop();
  desk = null;
});

describe('desk export-npsp: DongBoHoSoMC items', () => {
  it('the schema in the repo is the one the code produces', () => {
    expect(schemaFile).toEqual(npspJsonSchema());
  });

  it.each(['onestop', 'opencps'] as const)('exports the day\'s intake from the %s dialect with the VNeID check of the intake, valid against the schema', async (dialect) => {
    desk = await startDesk({ dialect });
    const intake = await desk.core.dispatch('action.intake', {
      procedureCode: '1.001193',
      applicant: { kind: 'citizen', name: 'Võ Thị Ngọc Hân', idNumber: '079303001234', phone: '0903123456', email: null, address: '45 Nguyễn Huệ, Phường Sài Gòn, TP. Hồ Chí Minh' },
      summary: 'Đăng ký khai sinh', documents: ['Tờ khai đăng ký khai sinh'], sets: 1, vneidVerified: true,
    }, { trusted: true });
    expect(intake.ok).toBe(true);
    await desk.drainUntilSettled();
    await desk.engine.pullNow();
    const db = desk.database.db;
    if (!db) throw new Error('no db');
    const today = officeDate(new Date());
    const items = npspItemsForDays(createNpspDayRows(db), today, today);
    const mine = items.find((i) => i.ChuHoSo === 'Võ Thị Ngọc Hân');
    expect(mine).toMatchObject({ TaiKhoanDuocXacThucVoiVNeID: '1', KenhThucHien: '1', TrangThaiHoSo: '2', DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: '079303001234' }] });
    expect(mine?.NgayTiepNhan).toMatch(/^\d{14}$/);
    const document = { service: 'DongBoHoSoMC', isUpdating: false, data: items };
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    // The schema can fail: a status outside 1–10 is refused.
    expect(validate({ ...document, data: [{ ...mine, TrangThaiHoSo: '11' }] })).toBe(false);
  });
});

describe('the export-npsp verb', () => {
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: (lang: 'vi' | 'en', json: boolean): CliIo => ({ lang, json, out: (t) => void out.push(t), err: (t) => void err.push(t) }) };
  };

  it('writes a schema-valid file from the PC\'s data, and refuses a range that ends before it starts', async () => {
    desk = await startDesk();
    const dir = tempDir('npsp-');
    try {
      const file = join(dir.path, 'npsp.json');
      const config = dir.file('config.json', JSON.stringify({ mode: 'training' }));
      const c = capture();
      const day = officeDate(new Date(Date.parse('2026-06-15T03:00:00.000Z') - 3 * 86_400_000));
      const code = await runCli(['export-npsp', '--date', day, '--to', officeDate(new Date()), '--out', file, '--data-dir', desk.dataRoot, '--config', config, '--lang', 'en'], verbs, c.io, 'en');
      expect(c.err.join(''), c.out.join('')).toBe('');
      expect(code).toBe(0);
      const written = JSON.parse(readFileSync(file, 'utf8')) as { data: unknown[] };
      expect(written.data.length).toBeGreaterThan(0);
      expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
      const bad = capture();
      expect(await runCli(['export-npsp', '--date', '2026-06-15', '--to', '2026-06-14', '--out', file, '--lang', 'en'], verbs, bad.io, 'en')).not.toBe(0);
      expect(bad.err.join('')).toContain('--to');
    } finally {
      dir.remove();
    }
  });
});
