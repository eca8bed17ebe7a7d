import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeCitizen, makeDossier } from '../../../../test/fixtures/cache-data';
import { tempDir } from '../../../../test/tmp';
import { createCitizenStore } from '../../db/cache/citizen-store';
import { createDossierSearch } from '../../db/cache/dossier-search';
import { createDossierStore } from '../../db/cache/dossier-store';
import { createSyncStateStore } from '../../db/cache/sync-state';
import { openDatabase, type Db } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { createOutboxRepo } from '../../db/outbox/outbox-repo';
import { createLookupService, type LookupService } from './lookup-service';
import { pendingActionsOf } from './pending-actions';

let dir: ReturnType<typeof tempDir>;
let db: Db;
let lookup: LookupService;
const NOW = new Date('2026-11-27T03:00:00Z'); // 10:00 office time, 27/11/2026

beforeEach(() => {
  dir = tempDir();
  db = openDatabase(join(dir.path, 'desk.sqlite'));
  migrate(db, migrations);
  const dossiers = createDossierStore(db);
  const citizens = createCitizenStore(db);
  lookup = createLookupService({ search: createDossierSearch(db), dossiers, citizens, syncState: createSyncStateStore(db), now: () => NOW });
  const put = (d: Parameters<typeof dossiers.put>[0]) => dossiers.put(d);
  put(makeDossier('H15.50.05.13-261120-0001', { name: 'Nguyễn Văn An', receivedAt: '2026-11-20T01:00:00.000Z' }));
  put(makeDossier('H15.50.05.13-261121-0002', { name: 'Nguyễn Văn Anh', idNumber: '001099012345', receivedAt: '2026-11-21T01:00:00.000Z' }));
  put(makeDossier('H15.50.05.13-261122-0003', { name: 'Nguyễn Văn An', receivedAt: '2026-11-22T01:00:00.000Z', dueAt: '2026-11-25T10:00:00.000Z' }));
  put(makeDossier('H15.50.05.13-261123-0004', { name: 'Đặng Đức Đạt', idNumber: '036085001122', phone: '0987654321', status: 10, returnedAt: '2026-11-24T02:00:00.000Z', dueAt: '2026-11-26T10:00:00.000Z' }));
  put(makeDossier('H15.50.05.13-261124-0005', { name: 'Trần Thị Thủy', idNumber: '079303009999', status: 5 }));
  citizens.put(makeCitizen('079203001234'));
  citizens.put(makeCitizen('036085001122', { fullName: 'Đặng Đức Đạt', phone: '0987654321', birthDate: '1985-02-28' }));
});
afterEach(() => {
  db.close();
  dir.remove();
});

const codes = (r: { dossiers: { code: string }[] }) => r.dossiers.map((d) => d.code);

describe('lookup from the local cache', () => {
  it('finds a dossier by its exact code, also inside receipt QR text', () => {
    const r = lookup.search('H15.50.05.13-261123-0004', {}, 50);
    expect(r).toMatchObject({ recognised: 'dossierCode', exactDossier: 'H15.50.05.13-261123-0004' });
    const qr = lookup.search('https://dichvucong.gov.vn/tra-cuu?MaHoSo=H15.50.05.13-261123-0004', {}, 50);
    expect(qr.exactDossier).toBe('H15.50.05.13-261123-0004');
  });

  it('finds a whole name typed given name first through its surname-first order, a part of one through the word index', () => {
    expect(codes(lookup.search('Văn An Nguyễn', {}, 50))).toEqual(['H15.50.05.13-261122-0003', 'H15.50.05.13-261120-0001', 'H15.50.05.13-261121-0002']);
    expect(codes(lookup.search('Đạt Đặng Đức', {}, 50))).toEqual(['H15.50.05.13-261123-0004']);
    // "an nguyen" reorders to "nguyen an", which no name starts with: the words in any order.
    expect(new Set(codes(lookup.search('An Nguyễn', {}, 50)))).toEqual(new Set(['H15.50.05.13-261122-0003', 'H15.50.05.13-261120-0001']));
  });

  it('ranks exact names before prefixes, newest first within a name', () => {
    expect(codes(lookup.search('nguyen van an', {}, 50))).toEqual([
      'H15.50.05.13-261122-0003',
      'H15.50.05.13-261120-0001',
      'H15.50.05.13-261121-0002',
    ]);
  });

  it('matches without diacritics, case, đ, decomposed Unicode, old tone placement and extra spaces', () => {
    for (const text of ['dang duc dat', 'ĐẶNG  ĐỨC   Đ', 'Đặng Đức Đạt'.normalize('NFD'), 'tran thi thuy', 'Trần Thị Thuỷ', 'TRAN THI TH']) {
      expect(lookup.search(text, {}, 50).dossiers.length, text).toBe(1);
    }
  });

  it('finds given-name-only and out-of-order input through the word index', () => {
    expect(codes(lookup.search('dat', {}, 50))).toEqual(['H15.50.05.13-261123-0004']);
    expect(codes(lookup.search('thuy tran', {}, 50))).toEqual(['H15.50.05.13-261124-0005']);
  });

  it('answers surname-first input from the name range alone; words in another order only when the range finds nothing', () => {
    createDossierStore(db).put(makeDossier('H15.50.05.13-261125-0006', { name: 'Văn An Nguyễn', idNumber: null }));
    // Surname-first input that matched: the out-of-order "Văn An Nguyễn" is not mixed in.
    expect(codes(lookup.search('nguyen van an', {}, 50))).not.toContain('H15.50.05.13-261125-0006');
    // The same words in an order no name starts with: the word index answers.
    expect(codes(lookup.search('an nguyen van', {}, 50))).toEqual(expect.arrayContaining(['H15.50.05.13-261125-0006', 'H15.50.05.13-261120-0001']));
  });

  it('finds by ID number (with the citizen) and by phone, masking the ID in rows', () => {
    const r = lookup.search('036 085 001 122', {}, 50);
    expect(r.recognised).toBe('idNumber');
    expect(r.citizen).toMatchObject({ fullName: 'Đặng Đức Đạt', idNumberMasked: '••••••••1122' });
    expect(r.dossiers[0]?.applicantIdMasked).toBe('••••••••1122');
    // Birth year and commune from the cached citizen tell namesakes apart; none without a citizen record.
    expect(r.dossiers[0]).toMatchObject({ applicantBirthYear: 1985, applicantCommune: 'Phường Bến Nghé' });
    expect(lookup.search('Trần Thị Thủy', {}, 50).dossiers[0]).toMatchObject({ applicantBirthYear: null, applicantCommune: null });
    expect(JSON.stringify(r)).not.toContain('036085001122');
    expect(codes(lookup.search('+84 987 654 321', {}, 50))).toEqual(['H15.50.05.13-261123-0004']);
  });

  it('opens the citizen directly from chip-card QR text', () => {
    const r = lookup.search('036085001122|123456789|Đặng Đức Đạt|28021985|Nam|Hà Nội|01012021', {}, 50);
    expect(r).toMatchObject({ recognised: 'chipQr', citizen: { fullName: 'Đặng Đức Đạt' } });
    const bad = lookup.search('036085001122|x|Đặng Đức Đạt|31021985|Nam|Hà Nội|01012021', {}, 50);
    expect(bad.recognised).toBe('chipQrInvalid');
    expect(bad.message?.vi.length).toBeGreaterThan(0);
  });

  it('computes timeliness on the office day and filters overdue, due today and status', () => {
    const all = lookup.search('nguyen van an', {}, 50).dossiers;
    expect(all.find((d) => d.code.endsWith('0003'))?.timeliness).toEqual({ kind: 'overdue', days: 2 });
    expect(all.find((d) => d.code.endsWith('0001'))?.timeliness).toEqual({ kind: 'due_today' });
    expect(codes(lookup.search('', { overdue: true }, 50))).toEqual(['H15.50.05.13-261122-0003']);
    expect(codes(lookup.search('', { dueToday: true }, 50)).sort()).toEqual(['H15.50.05.13-261120-0001', 'H15.50.05.13-261121-0002', 'H15.50.05.13-261124-0005']);
    expect(codes(lookup.search('nguyen', { statuses: [10] }, 50))).toEqual([]);
    expect(codes(lookup.search('dang', { statuses: [10] }, 50))).toEqual(['H15.50.05.13-261123-0004']);
    const returned = lookup.search('dang duc dat', {}, 50).dossiers[0];
    expect(returned?.timeliness).toEqual({ kind: 'early', days: 2 });
  });

  it('gives no results for empty input without filters, and a message for an old 9-digit ID', () => {
    expect(lookup.search('   ', {}, 50).dossiers).toEqual([]);
    expect(lookup.search('123456789', {}, 50).message?.en).toMatch(/12-digit/);
  });

  it('opens a dossier and a citizen with age on the office day, ID and phone masked', () => {
    const d = lookup.dossier('H15.50.05.13-261123-0004');
    expect(d.dossier.applicant.name).toBe('Đặng Đức Đạt');
    expect(d.citizenRef).not.toBeNull();
    const c = lookup.citizen(d.citizenRef ?? 0);
    expect(c).toMatchObject({ ageToday: 41, idNumberMasked: '••••••••1122', phoneMasked: '•••••••321', officeToday: '2026-11-27' });
    expect(c.dossiers.map((x) => x.code)).toEqual(['H15.50.05.13-261123-0004']);
    expect(() => lookup.dossier('H15.50.05.13-261123-9999')).toThrow(/not in the local cache/);
  });

  it('never lets an older version overwrite a newer one', () => {
    const store = createDossierStore(db);
    store.put(makeDossier('H15.50.05.13-261120-0001', { version: 3, status: 4 }));
    store.put(makeDossier('H15.50.05.13-261120-0001', { version: 2, status: 5 }));
    expect(lookup.dossier('H15.50.05.13-261120-0001').dossier).toMatchObject({ version: 3, status: 4 });
  });

  it('keeps the cache counts it reports in step with writes, from this connection and from another', () => {
    const counted = createLookupService({
      search: createDossierSearch(db), dossiers: createDossierStore(db), citizens: createCitizenStore(db),
      syncState: createSyncStateStore(db), now: () => NOW, db,
    });
    expect(counted.search('nguyen', {}, 50).freshness).toMatchObject({ dossiers: 5, citizens: 2 });
    createDossierStore(db).put(makeDossier('H15.50.05.13-261125-0006', { name: 'Lê Văn Tám' }));
    expect(counted.search('nguyen', {}, 50).freshness).toMatchObject({ dossiers: 6, citizens: 2 });
    const other = openDatabase(join(dir.path, 'desk.sqlite'));
    createCitizenStore(other).put(makeCitizen('001099012345'));
    other.close();
    expect(counted.search('nguyen', {}, 50).freshness).toMatchObject({ dossiers: 6, citizens: 3 });
  });

  it('overlays waiting actions from the moment they are queued until they are settled', () => {
    const outbox = createOutboxRepo(db);
    const overlaid = createLookupService({
      search: createDossierSearch(db), dossiers: createDossierStore(db), citizens: createCitizenStore(db), syncState: createSyncStateStore(db), now: () => NOW, db,
      ...pendingActionsOf(outbox),
    });
    const code = 'H15.50.05.13-261121-0002';
    const pendingOf = () => overlaid.search(code, {}, 50).dossiers[0]?.pendingActions;
    expect(pendingOf()).toBe(0);
    const seq = outbox.insert({ idemKey: 'k-0001-overlay', kind: 'note', dossierCode: code, basedOnSeq: null, expectedVersion: 1, payload: '{}', officerId: 'canbo01', createdAt: NOW.toISOString() });
    expect(pendingOf()).toBe(1);
    expect(overlaid.search('nguyen van', {}, 50).dossiers.find((d) => d.code === code)?.pendingActions).toBe(1);
    outbox.withdraw(seq, NOW.toISOString(), 'test');
    expect(pendingOf()).toBe(0);
  });
});
