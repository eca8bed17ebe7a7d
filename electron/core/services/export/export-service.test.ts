import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportResultSchema } from '../../../../shared/contract/supervisor';
import { DAY, NOTE_FORMULA, NOTE_TRICKY, NOW, fakeSource, makeFixture, UNIT, type Fixture } from '../../../../test/export/log-book-fixture';
import { createSupervisorService } from '../supervisor/supervisor-service';
import { verifyAuditChainForExport } from './audit-verify';
import { createExportService } from './export-service';

let fx: Fixture;
beforeEach(() => {
  fx = makeFixture();
});
afterEach(() => fx.close());

let exported = 0;
/** A fresh place outside the data folder, as a save dialog would give. */
const dest = () => {
  mkdirSync(join(fx.dir, 'chosen'), { recursive: true });
  exported += 1;
  return { path: join(fx.dir, 'chosen', `so-${exported}`), replaceConfirmed: false };
};
const SESSION = { officerId: 'giamsat01', displayName: 'Giám sát', roles: ['supervisor' as const] };
const exporter = (mode: 'up' | 'down' | 'not_kept') => {
  const source = fakeSource(mode);
  const supervisor = createSupervisorService({ db: fx.db, source: () => source, now: () => NOW });
  return createExportService({ db: fx.db, supervisor, audit: fx.audit, verifyAuditChain: verifyAuditChainForExport, now: () => NOW, dataDir: join(fx.dir, 'data'), unit: UNIT });
};

describe('handling log export', () => {
  it('merges portal rows with this PC\'s unsynced actions, flagged, in time order', async () => {
    const doc = await exporter('up').buildDocument({ from: DAY, to: DAY, format: 'csv' });
    expect(doc.rows.map((r) => [r.no, r.action, r.sync, r.source])).toEqual([
      [1, 'accept', 'synced', 'portal'],
      [2, 'return_result', 'synced', 'portal'],
      [3, 'note', 'synced', 'portal'],
      [4, 'forward', 'waiting', 'this_pc'],
      [5, 'refuse', 'rejected', 'this_pc'],
    ]);
    const forward = doc.rows[3];
    expect(forward).toMatchObject({ forwardedTo: 'PHONG-TP', applicantName: 'Nguyễn Văn An', phone: '0912345678', sets: 1,
      receivingCentre: 'Trung tâm Phục vụ hành chính công phường Ba Đình', competentUnit: 'UBND phường Cầu Giấy' });
    expect(doc.rows[1]).toMatchObject({ resultBackAt: '2026-11-26T09:00:00.000Z', returnedAt: '2026-11-27T02:00:00.000Z' });
  });

  it('writes the file, returns its facts and audits the export without personal data', async () => {
    const before = fx.audit.head();
    const result = exportResultSchema.parse(await exporter('up').exportHandlingLog({ from: DAY, to: DAY, format: 'csv' }, SESSION, dest()));
    expect(existsSync(result.path)).toBe(true);
    expect(result).toMatchObject({ rows: 5, unsyncedRows: 2, portalReachable: true, audit: { ok: true, rows: 5, head: before, firstBadSeq: null } });
    const row = fx.db.prepare('SELECT officer_id, action, detail FROM audit WHERE seq = ?').get(before.seq + 1) as { officer_id: string; action: string; detail: string };
    expect(row).toMatchObject({ officer_id: 'giamsat01', action: 'export' });
    expect(JSON.parse(row.detail)).toEqual({ what: 'handling_log', format: 'csv', from: DAY, to: DAY, rows: 5, unsyncedRows: 2, portalReachable: true });
    expect(row.detail).not.toMatch(/Nguyễn|0912|Đạt/);
  });

  it("says why the portal's log is missing: unreachable, or not kept by the office's system (OpenCPS), never an outage for the latter", async () => {
    const up = exportResultSchema.parse(await exporter('up').exportHandlingLog({ from: DAY, to: DAY, format: 'csv' }, SESSION, dest()));
    expect(up.portalNotice).toBeNull();
    const down = exportResultSchema.parse(await exporter('down').exportHandlingLog({ from: DAY, to: DAY, format: 'csv' }, SESSION, dest()));
    expect(down.portalNotice?.vi).toContain('Không kết nối được Cổng');
    const notKept = exportResultSchema.parse(await exporter('not_kept').exportHandlingLog({ from: DAY, to: DAY, format: 'csv' }, SESSION, dest()));
    expect(notKept.portalNotice?.vi).toContain('không cung cấp sổ theo dõi thao tác chung');
    expect(notKept.portalNotice?.vi).not.toContain('Không kết nối');
    // The file's own trailer says the same.
    expect(readFileSync(notKept.path, 'utf8')).toContain('không cung cấp sổ theo dõi thao tác chung');
  });

  it('refuses without a session and writes nothing', async () => {
    await expect(exporter('up').exportHandlingLog({ from: DAY, to: DAY, format: 'csv' }, null, dest())).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(existsSync(join(fx.dir, 'chosen', `so-${exported}`))).toBe(false);
  });

  it('says other counters may be missing when the portal is down, and keeps this PC\'s delivered actions', async () => {
    const result = await exporter('down').exportHandlingLog({ from: DAY, to: DAY, format: 'csv' }, SESSION, dest());
    const text = readFileSync(result.path, 'utf8');
    expect(result.portalReachable).toBe(false);
    expect(result.rows).toBe(3);
    expect(text).toContain('thao tác của các quầy khác có thể bị thiếu');
  });

  it('reports the first bad audit row when the chain was tampered with', async () => {
    fx.db.exec('DROP TRIGGER audit_no_update');
    fx.db.prepare("UPDATE audit SET detail = '{\"seq\":99}' WHERE seq = 3").run();
    const result = await exporter('up').exportHandlingLog({ from: DAY, to: DAY, format: 'csv' }, SESSION, dest());
    expect(result.audit).toMatchObject({ ok: false, firstBadSeq: 3 });
    expect(readFileSync(result.path, 'utf8')).toContain('SAI từ dòng số 3');
  });
});

describe('CSV', () => {
  const csv = async () => (await exporter('up').exportHandlingLog({ from: DAY, to: DAY, format: 'csv' }, SESSION, dest())).path;

  it('is UTF-8 with a BOM and CRLF line ends, Vietnamese headers first', async () => {
    const bytes = readFileSync(await csv());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.startsWith('STT,Mã hồ sơ,Thủ tục hành chính,Số bộ hồ sơ,')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(true); // only the quoted note holds a bare LF
    expect(text.split('\r\n').length).toBeGreaterThan(6);
  });

  it('shows where each dossier was received and who decides it, side by side', async () => {
    const lines = readFileSync(await csv(), 'utf8').slice(1).split('\r\n');
    expect(lines[0]).toContain('Nơi tiếp nhận,Cơ quan chủ trì giải quyết');
    expect(lines.find((l) => l.includes('PHONG-TP'))).toContain('Trung tâm Phục vụ hành chính công phường Ba Đình,UBND phường Cầu Giấy');
  });

  it('quotes commas, quotes and newlines (RFC 4180) and neutralises formulas', async () => {
    const text = readFileSync(await csv(), 'utf8');
    expect(text).toContain(`"${NOTE_TRICKY.replace(/"/g, '""')}"`);
    expect(text).toContain(`"'${NOTE_FORMULA.replace(/"/g, '""')}"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('ends with the audit chain head and its check', async () => {
    const head = fx.audit.head();
    const text = readFileSync(await csv(), 'utf8');
    expect(text).toContain(`Đầu chuỗi nhật ký kiểm toán: số ${head.seq}, mã băm ${head.hash}`);
    expect(text.trimEnd().split('\r\n').at(-1)).toMatch(/^Kiểm tra chuỗi nhật ký: toàn vẹn \(5 dòng\),+$/);
  });
});

describe('XLSX read back with exceljs', () => {
  it('has Vietnamese headers, a frozen header row, real dates in office time and a summary sheet', async () => {
    const result = await exporter('up').exportHandlingLog({ from: DAY, to: DAY, format: 'xlsx' }, SESSION, dest());
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(result.path);
    const [log, summary] = book.worksheets;
    if (!log || !summary) throw new Error('two sheets expected');
    expect(log.name).toBe('Sổ theo dõi');
    expect(log.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(log.getRow(1).getCell(2).value).toBe('Mã hồ sơ');
    expect(log.getRow(1).getCell(18).value).toBe('Trạng thái đồng bộ');
    const time = log.getRow(2).getCell(17);
    expect(time.value).toBeInstanceOf(Date);
    // 01:30Z is 08:30 office time: the cell holds the wall clock.
    expect((time.value as Date).toISOString()).toBe('2026-11-27T08:30:00.000Z');
    expect(time.numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(log.getColumn(2).width).toBeGreaterThan(20);
    expect(log.getRow(5).getCell(18).value).toBe('Chưa đồng bộ: chờ gửi');
    const summaryText = summary.getSheetValues().flat().map(String).join('|');
    expect(summaryText).toContain('Kết nối Cổng dịch vụ công|Có');
    expect(summaryText).toContain('Trả kết quả|1');
    expect(summaryText).toContain('Lê Thị Hồng (canbo02)|2');
    expect(summaryText).toContain('Đầu chuỗi nhật ký kiểm toán');
  });
});
