import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOk, startDesk, type DeskUnderTest } from '../../../../test/desk-harness';

// 17.6: a code or ID the cache lacks is asked of the portal (online) and cached; offline says so.
let desk: DeskUnderTest;
const db = () => {
  return desk.database.db;
};
/** Forgets cached dossiers, as if they were received at another counter after the last pull. */
const forgetDossiers = (on: DeskUnderTest, ids: readonly number[]): void => {
  for (const id of ids) {
    on.database.db.prepare('DELETE FROM dossier_body WHERE id = ?').run(id);
    on.database.db.prepare('DELETE FROM dossier_name_fts WHERE rowid = ?').run(id);
    on.database.db.prepare('DELETE FROM dossier WHERE id = ?').run(id);
  }
};
const forgetDossier = (): string => {
  const { id, code } = db().prepare('SELECT id, code FROM dossier ORDER BY id DESC LIMIT 1').get() as { id: number; code: string };
  forgetDossiers(desk, [id]);
  return code;
};
/** Forgets the newest cached applicant of a kind, returning the identifier they are asked by. */
const forgetCitizen = (kind: 'foreigner' | 'organisation'): string => {
  const row = db().prepare("SELECT id, id_number FROM citizen WHERE json_extract(body, '$.kind') = ? ORDER BY id DESC LIMIT 1").get(kind) as { id: number; id_number: string } | undefined;
  if (!row) throw new Error(`the simulator made no ${kind}`);
  db().prepare('DELETE FROM citizen WHERE id = ?').run(row.id);
  return row.id_number;
};

beforeAll(async () => {
  desk = await startDesk({ sim: { citizens: 400, dossiers: 120 } });
}, 60_000);
afterAll(async () => desk.stop());

describe('asking the portal on a cache miss', () => {
  it('online: a dossier code not in the cache is fetched, cached and then found by the search', async () => {
    const code = forgetDossier();
    expect((await callOk(desk, 'lookup.search', { text: code })).dossiers).toEqual([]);
    const fetched = await callOk(desk, 'lookup.fetch', { text: code });
    expect(fetched).toMatchObject({ outcome: 'fetched', dossierCode: code, citizenRef: null });
    expect(fetched.fetchedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(fetched.message.vi).toBe('Vừa tải từ cổng và lưu vào máy.');
    expect((await callOk(desk, 'lookup.search', { text: code })).exactDossier).toBe(code);
  });

  it('online: an ID number not in the cache is fetched and cached as an applicant', async () => {
    const { id, id_number: idNumber } = db().prepare("SELECT id, id_number FROM citizen WHERE json_extract(body, '$.kind') = 'citizen' ORDER BY id DESC LIMIT 1").get() as { id: number; id_number: string };
    db().prepare('DELETE FROM citizen WHERE id = ?').run(id);
    const fetched = await callOk(desk, 'lookup.fetch', { text: idNumber });
    expect(fetched.outcome).toBe('fetched');
    expect(fetched.citizenRef).toBe(desk.database.store.citizens.refOf(idNumber));
  });

  it.each([
    ['a passport number', 'foreigner', 'passport'],
    ['a tax / enterprise code', 'organisation', 'taxCode'],
  ] as const)('online: %s not in the cache is fetched, cached and then found by the search', async (_label, kind, recognised) => {
    const identifier = forgetCitizen(kind);
    const before = await callOk(desk, 'lookup.search', { text: identifier });
    // A tax code shaped like a mobile number is searched as a phone number, then as the tax code.
    expect([recognised, 'phone']).toContain(before.recognised);
    expect(before.citizen).toBeNull();
    const fetched = await callOk(desk, 'lookup.fetch', { text: identifier });
    expect(fetched).toMatchObject({ outcome: 'fetched', dossierCode: null });
    expect(fetched.citizenRef).toBe(desk.database.store.citizens.refOf(identifier));
    const after = await callOk(desk, 'lookup.search', { text: identifier });
    expect(after.citizen).toMatchObject({ ref: fetched.citizenRef, kind });
  });

  it('a passport number or tax code the portal does not have either says so', async () => {
    expect(await callOk(desk, 'lookup.fetch', { text: 'Z9999999' })).toMatchObject({ outcome: 'not_on_portal', citizenRef: null });
    expect(await callOk(desk, 'lookup.fetch', { text: '0109999999-999' })).toMatchObject({ outcome: 'not_on_portal', citizenRef: null });
  });

  it('a code the portal does not have either says so; a name is not asked', async () => {
    const code = (db().prepare('SELECT code FROM dossier LIMIT 1').get() as { code: string }).code.replace(/-\d+$/, '-9999999');
    expect(await callOk(desk, 'lookup.fetch', { text: code })).toMatchObject({ outcome: 'not_on_portal', dossierCode: null });
    expect(await callOk(desk, 'lookup.fetch', { text: 'Nguyễn Văn' })).toMatchObject({ outcome: 'not_fetchable' });
  });

  it('offline: the miss says plainly that the portal cannot be asked, and nothing is cached', async () => {
    const code = forgetDossier();
    desk.sim.faults.outage(60_000);
    await desk.engine.pullNow();
    const answer = await callOk(desk, 'lookup.fetch', { text: code });
    expect(answer).toMatchObject({ outcome: 'offline', fetchedAt: null });
    expect(answer.message.vi).toMatch(/ngoại tuyến/);
    expect(answer.message.en).toMatch(/offline/);
    expect((await callOk(desk, 'lookup.search', { text: code })).dossiers).toEqual([]);
  });
});

describe('asking an OpenCPS site, which has no citizen registry, on a cache miss', () => {
  let site: DeskUnderTest;
  beforeAll(async () => {
    site = await startDesk({ dialect: 'opencps', sim: { citizens: 400, dossiers: 400 } });
  }, 60_000);
  afterAll(async () => site.stop());

  it.each([
    ['a passport number', '^[A-Z][0-9]{7}$'],
    ['a tax / enterprise code', '^[0-9]{10}$'],
    ['an ID number', '^[0-9]{12}$'],
  ])('%s not in the cache: the dossiers filed under it are fetched and cached', async (_label, shape) => {
    const applicants = site.database.db.prepare('SELECT applicant_id AS id FROM dossier WHERE applicant_id IS NOT NULL ORDER BY id').all() as { id: string }[];
    const identifier = applicants.map((a) => a.id).find((id) => new RegExp(shape).test(id));
    if (!identifier) throw new Error(`the simulator filed no dossier under ${shape}`);
    const rows = site.database.db.prepare('SELECT id, code FROM dossier WHERE applicant_id = ?').all(identifier) as { id: number; code: string }[];
    forgetDossiers(site, rows.map((r) => r.id));
    expect((await callOk(site, 'lookup.search', { text: identifier })).dossiers).toEqual([]);
    const fetched = await callOk(site, 'lookup.fetch', { text: identifier });
    expect(fetched.outcome).toBe('fetched');
    expect(rows.map((r) => r.code)).toContain(fetched.dossierCode);
    const after = await callOk(site, 'lookup.search', { text: identifier });
    expect(after.dossiers.map((d) => d.code).sort()).toEqual(rows.map((r) => r.code).sort());
  });

  it('an identifier with no dossier on the site is not on the portal', async () => {
    expect(await callOk(site, 'lookup.fetch', { text: 'Z9999999' })).toMatchObject({ outcome: 'not_on_portal', dossierCode: null });
  });
});
