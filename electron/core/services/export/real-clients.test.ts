import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../test/export/parse-csv';
import { DAY, NOTE_TRICKY, NOW, fakeSource, makeFixture, UNIT, type Fixture } from '../../../../test/export/log-book-fixture';
import { createSupervisorService } from '../supervisor/supervisor-service';
import { verifyAuditChainForExport } from './audit-verify';
import { createExportService } from './export-service';
import type { LogBookRow } from './log-book-rows';
import { renderPdf } from './pdf';

/** These tests need Debian packages: libreoffice-calc (soffice) and poppler-utils (pdftotext). */
function requireTool(command: string, aptPackage: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  if (!found) throw new Error(`"${command}" is missing: install it with apt-get install -y --no-install-recommends ${aptPackage}`);
}

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.close());

const SESSION = { officerId: 'giamsat01', displayName: 'Giám sát', roles: ['supervisor' as const] };
const exportAs = async (format: 'xlsx' | 'pdf') => {
  const source = fakeSource('up');
  const supervisor = createSupervisorService({ db: fx.db, source: () => source, now: () => NOW });
  const service = createExportService({ db: fx.db, supervisor, audit: fx.audit, verifyAuditChain: verifyAuditChainForExport, now: () => NOW, dataDir: join(fx.dir, 'data'), unit: UNIT });
  return service.exportHandlingLog({ from: DAY, to: DAY, format }, SESSION, { path: join(fx.dir, `so-theo-doi.${format}`), replaceConfirmed: false });
};

describe('real clients', () => {
  it('LibreOffice converts the XLSX to CSV with the same rows and Vietnamese text', { timeout: 120_000 }, async () => {
    requireTool('soffice', 'libreoffice-calc');
    const result = await exportAs('xlsx');
    const out = join(fx.dir, 'lo');
    const run = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${join(fx.dir, 'lo-profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', out, result.path],
      { encoding: 'utf8', timeout: 110_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const file = readdirSync(out).find((f) => f.endsWith('.csv'));
    const text = readFileSync(join(out, file ?? 'missing.csv'), 'utf8').replace(/^\uFEFF/, '');
    const rows = parseCsv(text);
    expect(rows[0]?.slice(0, 6)).toEqual(['STT', 'Mã hồ sơ', 'Thủ tục hành chính', 'Số bộ hồ sơ', 'Tên tổ chức, cá nhân', 'Địa chỉ, số điện thoại']);
    expect(rows[1]?.slice(0, 5)).toEqual(['1', `${UNIT}-261120-0001`, 'Đăng ký khai sinh', '1', 'Nguyễn Văn An']);
    // Office time shown as the date format asks, not a serial number.
    expect(rows[1]?.[16]).toBe('27/11/2026 08:30');
    expect(rows[2]?.[14]).toBe(NOTE_TRICKY);
    expect(rows.slice(1, 6).map((r) => r[17])).toEqual(['Đã đồng bộ', 'Đã đồng bộ', 'Đã đồng bộ', 'Chưa đồng bộ: chờ gửi', 'Chưa đồng bộ: bị từ chối']);
    expect(text).toContain('Đặng Đức Đạt');
    expect(text).toContain('Chưa đồng bộ: chờ gửi');
    expect(text).toContain('Lê Thị Hồng (canbo02)');
    expect(text).toContain(`mã băm ${result.audit.head.hash}`);
  });

  it('the PDF text extracts with the right diacritics, page numbers and the signature block', { timeout: 60_000 }, async () => {
    requireTool('pdftotext', 'poppler-utils');
    const result = await exportAs('pdf');
    const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', result.path, '-'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const text = run.stdout.normalize('NFC');
    for (const expected of ['SỔ THEO DÕI HỒ SƠ', 'Ngày 27/11/2026', 'Nguyễn Văn An', 'Đặng Đức Đạt', 'Trần Văn Bình', 'Người lập biểu', 'Lãnh đạo bộ phận', '(Ký, ghi rõ họ tên)', 'Trang 1/1', 'Đầu chuỗi nhật ký kiểm toán']) {
      expect(text, expected).toContain(expected);
    }
    // Printed phones keep only the last 3 digits.
    expect(text).not.toContain('0912345678');
    expect(text).toContain('ĐT •••••••678');
  });
});

describe('multi-page PDF', () => {
  it('numbers every page "Trang x/y" with the right total, and signs on the last page', { timeout: 60_000 }, async () => {
    requireTool('pdftotext', 'poppler-utils');
    const rows = Array.from({ length: 150 }, (_, i): LogBookRow => ({
      no: i + 1, dossierCode: `${UNIT}-261127-${String(i + 1).padStart(4, '0')}`, procedureName: 'Cấp bản sao trích lục hộ tịch', sets: 1,
      applicantName: 'Võ Thị Ngọc Ánh', address: 'Xã Tân Thạnh Đông, huyện Củ Chi', phone: '0909123456', receivingCentre: null, competentUnit: UNIT,
      receivedAt: '2026-11-27T01:00:00.000Z', dueAt: '2026-11-30T10:00:00.000Z', forwardedTo: null, resultBackAt: null, returnedAt: null,
      officerId: 'canbo01', officerName: 'Trần Văn Bình', notes: null, action: 'accept', at: '2026-11-27T01:00:00.000Z', sync: 'synced', source: 'portal',
    }));
    const bytes = await renderPdf({ lang: 'vi', range: { from: DAY, to: DAY }, generatedAt: NOW, unit: UNIT, portalReachable: true, portalNotice: null, rows, audit: { head: { seq: 0, hash: '0'.repeat(64) }, ok: true, rows: 0, firstBadSeq: null, witness: null } });
    const file = join(fx.dir, 'many.pdf');
    writeFileSync(file, bytes);
    const pages = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((text, i) => expect(text).toContain(`Trang ${i + 1}/${pages.length}`));
    expect(pages.at(-1)).toContain('Lãnh đạo bộ phận');
    expect(pages.join('')).toContain('Võ Thị Ngọc Ánh');
  });
});

describe('PDF cells wrap instead of cutting', () => {
  it('prints a long name and a long code whole (the code broken only after a separator), with no "…" anywhere', { timeout: 60_000 }, async () => {
    requireTool('pdftotext', 'poppler-utils');
    const code = `${UNIT}.000001-261127-000123`;
    const name = 'Công Tằng Tôn Nữ Thị Hoàng Phương Thảo Nguyên';
    const procedure = 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất';
    const row: LogBookRow = {
      no: 1, dossierCode: code, procedureName: procedure, sets: 1, applicantName: name, address: 'Thôn Phú Mỹ Thượng, xã Phú Thượng, huyện Phú Vang', phone: '0909123456',
      receivingCentre: UNIT, competentUnit: UNIT, receivedAt: '2026-11-27T01:00:00.000Z', dueAt: '2026-12-11T10:00:00.000Z', forwardedTo: null, resultBackAt: null, returnedAt: null,
      officerId: 'canbo01', officerName: 'Trần Văn Bình', notes: 'Đã đối chiếu bản chính Giấy chứng nhận quyền sử dụng đất và hợp đồng chuyển nhượng có công chứng', action: 'accept',
      at: '2026-11-27T01:00:00.000Z', sync: 'synced', source: 'portal',
    };
    const bytes = await renderPdf({ lang: 'vi', range: { from: DAY, to: DAY }, generatedAt: NOW, unit: UNIT, portalReachable: true, portalNotice: null, rows: [row], audit: { head: { seq: 0, hash: '0'.repeat(64) }, ok: true, rows: 0, firstBadSeq: null, witness: null } });
    const file = join(fx.dir, 'long.pdf');
    writeFileSync(file, bytes);
    // -raw keeps drawing order: the lines of one cell come one after another.
    const run = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const text = run.stdout.normalize('NFC');
    expect(text).not.toContain('…');
    const codeLine = text.split('\n').find((line) => line.includes(`${UNIT}.`)) ?? '';
    expect(codeLine).toMatch(/[.-]$/);
    expect(text.replace(/([.-])\n/g, '$1')).toContain(code);
    const spaced = text.replace(/\s+/g, ' ');
    for (const whole of [name, procedure, row.notes ?? '', 'Số bộ hồ sơ']) expect(spaced, whole).toContain(whole);
  });
});
