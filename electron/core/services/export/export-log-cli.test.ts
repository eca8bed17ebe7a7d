import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskFailure, fail, ok } from '../../../../shared/contract/errors';
import { DAY, NOW, fakeSource, makeFixture, UNIT, type Fixture } from '../../../../test/export/log-book-fixture';
import type { CliIo } from '../../cli/io';
import { runCli } from '../../cli/run';
import { makeExportLogVerb } from '../../cli/verbs/export-log';
import { createSupervisorService } from '../supervisor/supervisor-service';
import { verifyAuditChainForExport } from './audit-verify';
import { createExportService } from './export-service';

let fx: Fixture;
let out: string[];
let err: string[];
beforeEach(() => {
  fx = makeFixture();
  out = [];
  err = [];
});
afterEach(() => fx.close());

const io = (lang: 'vi' | 'en', json: boolean): CliIo => ({ lang, json, out: (t) => void out.push(t), err: (t) => void err.push(t) });
const SESSION = { officerId: 'giamsat01', displayName: 'Giám sát', roles: ['supervisor' as const] };
const requests: unknown[] = [];

const verb = makeExportLogVerb(() => {
  const source = fakeSource('down');
  const supervisor = createSupervisorService({ db: fx.db, source: () => source, now: () => NOW });
  const service = createExportService({ db: fx.db, supervisor, audit: fx.audit, verifyAuditChain: verifyAuditChainForExport, now: () => NOW, dataDir: join(fx.dir, 'data'), unit: UNIT });
  return {
    ok: true,
    exporter: {
      run: async (request, path) => {
        requests.push(request);
        try {
          return ok(await service.exportHandlingLog(request, SESSION, { path, replaceConfirmed: false }));
        } catch (error) {
          if (error instanceof DeskFailure) return fail(error.code, error.message, error.details);
          throw error;
        }
      },
      close: () => Promise.resolve(),
    },
  };
});
const cli = (...argv: string[]) => runCli(['export-log', ...argv], [verb], io, 'vi');

describe('desk export-log', () => {
  it('exports a day to --out and prints one JSON document', async () => {
    const file = join(fx.dir, 'so.csv');
    expect(await cli('--date', DAY, '--format', 'csv', '--out', file, '--json')).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('Mã hồ sơ');
    const printed = JSON.parse(out.join('')) as { ok: boolean; out: string; rows: number; portalReachable: boolean };
    expect(printed).toMatchObject({ ok: true, out: file, rows: 3, portalReachable: false });
    expect(requests.at(-1)).toEqual({ from: DAY, to: DAY, format: 'csv' });
  });

  it('takes --to for a range', async () => {
    expect(await cli('--date', '2026-11-26', '--to', '2026-11-28', '--format', 'xlsx', '--out', join(fx.dir, 'so.xlsx'))).toBe(0);
    expect(requests.at(-1)).toEqual({ from: '2026-11-26', to: '2026-11-28', format: 'xlsx' });
    expect(err.join('\n')).toContain('các quầy khác có thể bị thiếu');
  });

  it('refuses an --out that exists or is a link, says why, and leaves it untouched', async () => {
    const file = join(fx.dir, 'cu.csv');
    writeFileSync(file, 'cũ');
    expect(await cli('--date', DAY, '--format', 'csv', '--out', file)).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('cũ');
    expect(err.join('\n')).toContain('Tệp đã tồn tại: không ghi đè');
    const link = join(fx.dir, 'link.csv');
    symlinkSync(file, link);
    expect(await cli('--date', DAY, '--format', 'csv', '--out', link, '--json')).toBe(1);
    expect(JSON.parse(out.join(''))).toMatchObject({ ok: false, error: { code: 'STORAGE', details: { reason: 'link' } } });
    expect(readFileSync(file, 'utf8')).toBe('cũ');
    expect(existsSync(join(fx.dir, 'data'))).toBe(false);
  });

  it.each([
    ['an unknown format', ['--date', DAY, '--format', 'docx', '--out', 'x']],
    ['a bad date', ['--date', '27/11/2026', '--format', 'csv', '--out', 'x']],
    ['a missing --out', ['--date', DAY, '--format', 'csv']],
    ['--to before --date', ['--date', DAY, '--to', '2026-11-01', '--format', 'csv', '--out', 'x']],
    ['an unknown flag', ['--date', DAY, '--format', 'csv', '--out', 'x', '--everything']],
  ])('refuses %s with a usage error (exit 2) and exports nothing', async (_why, argv) => {
    const before = requests.length;
    expect(await cli(...argv)).toBe(2);
    expect(requests.length).toBe(before);
    expect(err.join('\n')).toContain('desk export-log');
    expect(existsSync(join(fx.dir, 'exports'))).toBe(false);
  });
});
