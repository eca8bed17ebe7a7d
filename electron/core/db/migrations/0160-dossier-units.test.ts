import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { migrate } from '../migrate';
import { parseCachedDossier } from '../cache/cached-dossier';
import { createDossierStore } from '../cache/dossier-store';
import { createUnitFacts } from '../supervisor/unit-facts';
import { makeDossier } from '../../../../test/fixtures/cache-data';
import { tempDir } from '../../../../test/tmp';
import { migrations } from '.';

const dirs: { remove(): void }[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close();
  for (const d of dirs.splice(0)) d.remove();
});

/** A desk database as the build before 0160 left it, holding `legacy` bodies (handlingUnit only). */
function cacheBefore0160(legacy: readonly { code: string; handlingUnit: string; receivedAt: string }[]): Db {
  const dir = tempDir();
  dirs.push(dir);
  const db = openDatabase(join(dir.path, 'desk.sqlite'));
  dbs.push(db);
  migrate(db, migrations.filter((m) => m.version < 160));
  const row = db.prepare(
    `INSERT INTO dossier (code, version, status, procedure_code, procedure_name, field_code, field_name, applicant_id, applicant_name, applicant_fold, applicant_phone, received_at, due_at, returned_at, updated_at)
     VALUES (?, 1, 2, '1.001193', 'Đăng ký khai sinh', 'HT', 'Hộ tịch', NULL, 'Nguyễn Văn An', 'nguyen van an', NULL, ?, NULL, NULL, ?) RETURNING id`,
  );
  const body = db.prepare('INSERT INTO dossier_body (id, body) VALUES (?, ?)');
  for (const l of legacy) {
    const { receivingCentre: _r, competentUnit: _c, ...old } = makeDossier(l.code, { receivedAt: l.receivedAt });
    const { id } = row.get(l.code, l.receivedAt, l.receivedAt) as { id: number };
    body.run(id, JSON.stringify({ ...old, handlingUnit: l.handlingUnit }));
  }
  return db;
}

const A = 'H15.50.05.13-250310-0001';
const B = 'H15.50.05.13-250311-0002';

describe('migration 0160: receiving centre and competent unit', () => {
  it('backfills the competent unit from old bodies in one statement, leaves the centre unknown and the bodies untouched', () => {
    const db = cacheBefore0160([
      { code: A, handlingUnit: 'H15.50.05.13', receivedAt: '2025-03-10T02:00:00.000Z' },
      { code: B, handlingUnit: '000.00.31.H29', receivedAt: '2025-03-11T02:00:00.000Z' },
    ]);
    const bodiesBefore = db.prepare('SELECT id, body FROM dossier_body ORDER BY id').all();
    migrate(db, migrations);
    expect(db.prepare('SELECT code, receiving_centre_code, receiving_centre_name, competent_unit_code, competent_unit_name FROM dossier ORDER BY code').all()).toEqual([
      { code: A, receiving_centre_code: null, receiving_centre_name: null, competent_unit_code: 'H15.50.05.13', competent_unit_name: null },
      { code: B, receiving_centre_code: null, receiving_centre_name: null, competent_unit_code: '000.00.31.H29', competent_unit_name: null },
    ]);
    expect(db.prepare('SELECT id, body FROM dossier_body ORDER BY id').all()).toEqual(bodiesBefore);
  });

  it('reads an old body as a dossier whose competent unit is its handling unit and whose receiving centre is not known', () => {
    const db = cacheBefore0160([{ code: A, handlingUnit: 'H15.50.05.13', receivedAt: '2025-03-10T02:00:00.000Z' }]);
    migrate(db, migrations);
    const d = parseCachedDossier(createDossierStore(db).body(A) ?? '');
    expect(d.competentUnit).toEqual({ code: 'H15.50.05.13', name: '' });
    expect(d.receivingCentre).toBeNull();
    expect(d).not.toHaveProperty('handlingUnit');
  });

  it('a fresh write stores both facts, and the report counts received dossiers by pair (codes where names are missing)', () => {
    const db = cacheBefore0160([{ code: A, handlingUnit: 'H15.50.05.13', receivedAt: '2026-11-20T02:00:00.000Z' }]);
    migrate(db, migrations);
    const store = createDossierStore(db);
    const centre = { code: '000.00.12.H29', name: 'Trung tâm Phục vụ hành chính công phường Ba Đình' };
    store.put(makeDossier(B, { receivedAt: '2026-11-20T03:00:00.000Z', receivingCentre: centre, competentUnit: { code: '000.00.22.H29', name: 'Văn phòng Đăng ký đất đai thành phố Hà Nội' } }));
    store.put(makeDossier('H15.50.05.13-261120-0003', { receivedAt: '2026-11-20T04:00:00.000Z', receivingCentre: centre, competentUnit: { code: '000.00.22.H29', name: 'Văn phòng Đăng ký đất đai thành phố Hà Nội' } }));
    expect(createUnitFacts(db).receivedByUnit({ from: '2026-11-20', to: '2026-11-20' })).toEqual([
      { receivingCentre: centre.name, competentUnit: 'Văn phòng Đăng ký đất đai thành phố Hà Nội', received: 2 },
      { receivingCentre: null, competentUnit: 'H15.50.05.13', received: 1 },
    ]);
  });
});
