import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { HandlingLogEntry } from '../shared/portal/results';
import { actionKindSchema } from '../shared/domain/dossier-status';
import { exportFormatSchema } from '../shared/contract/supervisor';
import { createAuditLog } from '../electron/core/audit/audit-log';
import { createDossierStore } from '../electron/core/db/cache/dossier-store';
import { openDatabase } from '../electron/core/db/connection';
import { migrate } from '../electron/core/db/migrate';
import { migrations } from '../electron/core/db/migrations';
import { verifyAuditChainForExport } from '../electron/core/services/export/audit-verify';
import { createExportService } from '../electron/core/services/export/export-service';
import { createSupervisorService } from '../electron/core/services/supervisor/supervisor-service';
import { makeDossier } from '../test/fixtures/cache-data';

/**
 * Child process of the export suite: one format, one N-row office day, so the peak RSS
 * is this export's. Prints {"buildMs","exportMs","bytes","rows","setupRssMb","maxRssMb"}.
 */
const [format, rowsArg] = z.tuple([exportFormatSchema, z.coerce.number().int().min(1)]).parse(process.argv.slice(2));
const DAY = '2026-11-27';
const UNIT = 'H15.50.05.13';
const NAMES = ['Nguyễn Văn An', 'Trần Thị Thủy', 'Lê Hoàng Phúc', 'Phạm Quốc Việt', 'Đặng Đức Đạt', 'Võ Thị Ngọc Ánh', 'Huỳnh Minh Đức', 'Bùi Thị Hương'];
const OFFICERS = ['Lê Thị Hồng', 'Trần Văn Bình', 'Ngô Thị Lan', 'Đỗ Minh Tuấn', 'Phan Thị Mỹ', 'Hoàng Văn Nam'];
const kinds = actionKindSchema.options;

const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
try {
  const db = openDatabase(join(dir, 'desk.sqlite'));
  migrate(db, migrations);
  const store = createDossierStore(db);
  const dossierCount = Math.ceil(rowsArg / 2);
  const code = (i: number) => `${UNIT}-261127-${String(i + 1).padStart(5, '0')}`;
  db.transaction(() => {
    store.beginBulk();
    for (let i = 0; i < dossierCount; i++) {
      store.putBulk(makeDossier(code(i), { name: NAMES[i % NAMES.length], phone: `09${String(10_000_000 + i).slice(-8)}`, receivedAt: '2026-11-27T01:00:00.000Z' }));
    }
    store.finishBulk();
  })();
  const start = Date.parse('2026-11-27T01:00:00.000Z');
  const entries: HandlingLogEntry[] = Array.from({ length: rowsArg }, (_, i) => ({
    logSeq: i + 1,
    dossierCode: code(i % dossierCount),
    kind: kinds[i % kinds.length] ?? 'note',
    officerId: `canbo${(i % OFFICERS.length) + 1}`,
    officerName: OFFICERS[i % OFFICERS.length] ?? '',
    at: new Date(start + i * 3000).toISOString(),
    fromStatus: 1,
    toStatus: 2,
    procedureCode: '1.001193',
    procedureName: 'Đăng ký khai sinh',
    applicantName: NAMES[i % NAMES.length] ?? '',
    unit: UNIT,
    note: i % 7 === 0 ? 'Thiếu bản sao "giấy tờ", hẹn bổ sung' : null,
  }));
  const source = { handlingLog: (day: string) => Promise.resolve({ ok: true as const, value: { date: day, unit: UNIT, entries: day === DAY ? entries : [] } }) };
  const now = () => new Date('2026-11-27T10:00:00.000Z');
  const audit = createAuditLog(db, now);
  for (let i = 0; i < 100; i++) audit.append({ officerId: 'canbo1', action: 'view_citizen', detail: { i } });
  const supervisor = createSupervisorService({ db, source: () => source, now });
  const service = createExportService({ db, supervisor, audit, verifyAuditChain: verifyAuditChainForExport, now, dataDir: join(dir, 'data'), unit: UNIT });
  const request = { from: DAY, to: DAY, format };
  let t = performance.now();
  await service.buildDocument(request);
  const buildMs = performance.now() - t;
  const setupRssMb = process.memoryUsage().rss / 1_048_576;
  t = performance.now();
  const result = await service.exportHandlingLog(request, { officerId: 'giamsat01', displayName: 'Giám sát', roles: ['supervisor'] }, { path: join(dir, `so-theo-doi.${format}`), replaceConfirmed: false });
  const exportMs = performance.now() - t;
  db.close();
  process.stdout.write(JSON.stringify({ buildMs, exportMs, bytes: result.bytes, rows: result.rows, setupRssMb, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
