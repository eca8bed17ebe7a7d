import { join } from 'node:path';
import type { HandlingLog, HandlingLogEntry } from '../../shared/portal/results';
import { createAuditLog, type AuditLog } from '../../electron/core/audit/audit-log';
import { createDossierStore } from '../../electron/core/db/cache/dossier-store';
import { openDatabase, type Db } from '../../electron/core/db/connection';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { createOutboxRepo } from '../../electron/core/db/outbox/outbox-repo';
import type { HandlingLogSource } from '../../electron/core/services/supervisor/handling-log-source';
import { makeDossier } from '../fixtures/cache-data';
import { tempDir } from '../tmp';

/** 27/11/2026, 15:00 office time. */
export const NOW = new Date('2026-11-27T08:00:00.000Z');
export const DAY = '2026-11-27';
export const UNIT = 'H15.50.05.13';

export const CODES = {
  a: `${UNIT}-261120-0001`,
  b: `${UNIT}-261121-0002`,
  c: `${UNIT}-261127-0003`,
  d: `${UNIT}-261127-0004`,
};

/** Tricky text on purpose: diacritics, a comma, quotes, a newline and a formula. */
export const NOTE_TRICKY = 'Thiếu "tờ khai", bản sao\nCMND';
export const NOTE_FORMULA = '=HYPERLINK("http://x","bấm")';

const entry = (logSeq: number, over: Partial<HandlingLogEntry>): HandlingLogEntry => ({
  logSeq,
  dossierCode: CODES.a,
  kind: 'accept',
  officerId: 'canbo02',
  officerName: 'Lê Thị Hồng',
  at: '2026-11-27T01:30:00.000Z',
  fromStatus: 1,
  toStatus: 2,
  procedureCode: '1.001193',
  procedureName: 'Đăng ký khai sinh',
  applicantName: 'Nguyễn Văn An',
  unit: UNIT,
  note: null,
  ...over,
});

/** The portal's log for the day: another counter's actions plus one this PC delivered. */
export const PORTAL_ENTRIES: HandlingLogEntry[] = [
  entry(1, {}),
  entry(2, { dossierCode: CODES.b, kind: 'return_result', at: '2026-11-27T02:00:00.000Z', fromStatus: 9, toStatus: 10, applicantName: 'Đặng Đức Đạt', note: NOTE_TRICKY }),
  entry(3, { dossierCode: CODES.c, kind: 'note', officerId: 'canbo01', officerName: 'Trần Văn Bình', at: '2026-11-27T03:00:00.000Z', note: NOTE_FORMULA }),
];

/** up: the portal's log; down: unreachable; not_kept: answers, but keeps no handling log (an OpenCPS site). */
export function fakeSource(mode: 'up' | 'down' | 'not_kept'): HandlingLogSource & { days: string[] } {
  const days: string[] = [];
  return {
    days,
    handlingLog(day) {
      days.push(day);
      if (mode === 'down') return Promise.resolve({ ok: false, error: { kind: 'offline', message: 'ECONNREFUSED', cause: null } });
      if (mode === 'not_kept') return Promise.resolve({ ok: false, error: { kind: 'not_found', message: 'No handling log here.' } });
      const log: HandlingLog = { date: day, unit: UNIT, entries: day === DAY ? PORTAL_ENTRIES : [] };
      return Promise.resolve({ ok: true, value: log });
    },
  };
}

export interface Fixture {
  db: Db;
  audit: AuditLog;
  dir: string;
  close(): void;
}

/** A real migrated SQLite file with cached dossiers, this PC's outbox and a few audit rows. */
export function makeFixture(): Fixture {
  const tmp = tempDir('desk-export-');
  const db = openDatabase(join(tmp.path, 'desk.sqlite'));
  migrate(db, migrations);
  const dossiers = createDossierStore(db);
  // a: received earlier, due 27/11 (due today), unresolved.
  dossiers.put(makeDossier(CODES.a, { name: 'Nguyễn Văn An', phone: '0912345678', dueAt: '2026-11-27T10:00:00.000Z' }));
  // b: returned 27/11, due 28/11 → early.
  dossiers.put(makeDossier(CODES.b, {
    name: 'Đặng Đức Đạt', phone: '0987654321', status: 10, dueAt: '2026-11-28T10:00:00.000Z', returnedAt: '2026-11-27T02:00:00.000Z',
    history: [
      { status: 2, action: 'accept', at: '2026-11-21T01:00:00.000Z', officerId: 'canbo01', note: null },
      { status: 9, action: 'back_office', at: '2026-11-26T09:00:00.000Z', officerId: null, note: null },
    ],
  }));
  // c: received today; d: received today, overdue since 25/11 (data oddity kept on purpose: it counts).
  dossiers.put(makeDossier(CODES.c, { name: 'Trần Thị Thủy', receivedAt: '2026-11-27T01:00:00.000Z', dueAt: '2026-12-04T10:00:00.000Z' }));
  dossiers.put(makeDossier(CODES.d, { name: 'Phạm Quốc Việt', receivedAt: '2026-11-27T02:00:00.000Z', dueAt: '2026-11-25T10:00:00.000Z' }));
  const outbox = createOutboxRepo(db);
  const add = (kind: string, code: string, payload: object, at: string) =>
    outbox.insert({ idemKey: `${kind}-${code}-${at}`, kind, dossierCode: code, basedOnSeq: null, expectedVersion: 1, payload: JSON.stringify(payload), officerId: 'canbo01', createdAt: at });
  // Delivered on 27/11 (the portal log has it as entry 3), one waiting forward, one rejected, one withdrawn.
  const delivered = add('note', CODES.c, { kind: 'note', text: NOTE_FORMULA }, '2026-11-27T03:00:00.000Z');
  outbox.markSending(delivered, '2026-11-27T03:00:01.000Z');
  outbox.markDelivered(delivered, '2026-11-27T03:00:02.000Z', 2, {});
  add('forward', CODES.a, { kind: 'forward', toUnit: 'PHONG-TP', note: 'Chuyển phòng Tư pháp' }, '2026-11-27T04:00:00.000Z');
  const rejected = add('refuse', CODES.d, { kind: 'refuse', reason: 'Hồ sơ không hợp lệ' }, '2026-11-27T05:00:00.000Z');
  outbox.markFailed(rejected, '2026-11-27T05:00:05.000Z', 'rejected', { code: 'REJECTED', message: { vi: 'Trạng thái không cho phép', en: 'Status does not allow it' } });
  const withdrawn = add('note', CODES.d, { kind: 'note', text: 'bỏ' }, '2026-11-27T05:30:00.000Z');
  outbox.withdraw(withdrawn, '2026-11-27T05:31:00.000Z', 'nhầm');
  // Another day: outside a 27/11 range.
  add('note', CODES.a, { kind: 'note', text: 'hôm sau' }, '2026-11-28T02:00:00.000Z');
  const audit = createAuditLog(db, () => NOW);
  for (let i = 0; i < 5; i++) audit.append({ officerId: 'canbo01', action: 'action_queued', subject: CODES.a, detail: { seq: i } });
  return { db, audit, dir: tmp.path, close: () => { db.close(); tmp.remove(); } };
}
