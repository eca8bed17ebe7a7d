import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenSchema, type Citizen } from '../../../shared/domain/citizen';
import { callOk, startDesk, type DeskUnderTest } from '../../../test/desk-harness';
import { tempDir } from '../../../test/tmp';
import { runCliInMemory as cli } from '../cli/run-in-memory';

// 15.4: the contract carries masked values; full ones only through the audited reveal;
// every view of a person's record (dossier or applicant, app or CLI) is audited.
let desk: DeskUnderTest;
const config = tempDir();
const EMAIL = 'ngoc.han79@gmail.com';
const PHONE = '0903123456';
const ID = '079303001234';

const db = () => {
  return desk.database.db;
};
const auditRows = (action: string) =>
  db().prepare('SELECT officer_id, action, subject, detail, at FROM audit WHERE action = ? ORDER BY seq').all(action) as {
    officer_id: string; action: string; subject: string; detail: string; at: string;
  }[];

let citizen: { ref: number; body: Citizen };
let dossierCode: string;

beforeAll(async () => {
  desk = await startDesk({ sim: { citizens: 200, dossiers: 150 } });
  const row = db()
    .prepare("SELECT id, body FROM citizen WHERE json_extract(body, '$.phone') IS NOT NULL AND json_extract(body, '$.kind') = 'citizen' LIMIT 1")
    .get() as { id: number; body: string };
  citizen = { ref: row.id, body: citizenSchema.parse(JSON.parse(row.body)) };
  // The simulator's applicants have no e-mail: this intake brings one (and a phone and ID).
  await callOk(desk, 'action.intake', {
    procedureCode: '1.001193',
    applicant: { kind: 'citizen', name: 'Võ Thị Ngọc Hân', idNumber: ID, phone: PHONE, email: EMAIL, address: 'Phường Sài Gòn, Thành phố Hồ Chí Minh' },
    summary: 'Đăng ký khai sinh cho con',
    documents: ['Tờ khai đăng ký khai sinh'],
    sets: 1,
    vneidVerified: false,
  });
  const withEmail = db()
    .prepare("SELECT d.code FROM dossier d JOIN dossier_body b ON b.id = d.id WHERE json_extract(b.body, '$.applicant.email') = ?")
    .get(EMAIL) as { code: string };
  dossierCode = withEmail.code;
}, 60_000);
afterAll(async () => {
  await desk.stop();
  config.remove();
});

describe('masked personal data in the contract', () => {
  it('dossier.get carries no full ID, phone or e-mail of the applicant', async () => {
    const detail = await callOk(desk, 'dossier.get', { code: dossierCode });
    const sent = JSON.stringify(detail);
    for (const full of [ID, PHONE, EMAIL]) expect(sent).not.toContain(full);
    expect(detail.dossier.applicant).toMatchObject({ name: 'Võ Thị Ngọc Hân', idNumber: '••••••••1234', phone: '•••••••456', email: 'ng•••@gmail.com' });
  });

  it('citizen.get and citizen.find carry no full ID, phone or e-mail', async () => {
    const byRef = await callOk(desk, 'citizen.get', { ref: citizen.ref });
    const byId = await callOk(desk, 'citizen.find', { identifier: citizen.body.idNumber });
    for (const detail of [byRef, byId]) {
      const sent = JSON.stringify(detail);
      expect(sent).not.toContain(citizen.body.idNumber);
      expect(sent).not.toContain(String(citizen.body.phone));
      expect(detail.idNumberMasked).toBe(`••••••••${citizen.body.idNumber.slice(-4)}`);
    }
  });

  it('queue.list and queue.get mask the intake applicant', async () => {
    const list = await callOk(desk, 'queue.list', {});
    const intake = list.find((a) => a.kind === 'intake');
    if (!intake) throw new Error('the intake is not in the queue');
    const one = await callOk(desk, 'queue.get', { seq: intake.seq });
    for (const sent of [JSON.stringify(list), JSON.stringify(one)]) {
      for (const full of [ID, PHONE, EMAIL]) expect(sent).not.toContain(full);
    }
    expect(one.payload).toMatchObject({ applicant: { name: 'Võ Thị Ngọc Hân', idNumber: '••••••••1234', phone: '•••••••456' } });
    // The stored payload is untouched: delivery and re-apply send the real values.
    const stored = db().prepare('SELECT payload FROM outbox WHERE seq = ?').get(intake?.seq) as { payload: string };
    expect(stored.payload).toContain(EMAIL);
  });

  it('the full values come only through citizen.reveal, which is audited without them', async () => {
    const before = auditRows('reveal').length;
    const shown = await callOk(desk, 'citizen.reveal', { ref: citizen.ref, reason: 'đối chiếu với thẻ CCCD bản gốc' });
    expect(shown).toMatchObject({ idNumber: citizen.body.idNumber, phone: citizen.body.phone, email: citizen.body.email });
    const rows = auditRows('reveal');
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ officer_id: 'canbo01', subject: `••••••••${citizen.body.idNumber.slice(-4)}` });
    expect(JSON.stringify(rows.at(-1))).not.toContain(citizen.body.idNumber);
  });
});

describe('every view of a person\'s record is audited', () => {
  it('a dossier view writes who, which dossier and when, with the applicant masked; a refresh of the same view does not repeat it', async () => {
    const before = auditRows('view_dossier').length;
    await callOk(desk, 'dossier.get', { code: citizenDossier() });
    await callOk(desk, 'dossier.get', { code: citizenDossier() });
    const rows = auditRows('view_dossier');
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ officer_id: 'canbo01', subject: citizenDossier() });
    expect(rows.at(-1)?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.stringify(rows)).not.toContain(ID);
  });

  it('opening another record and coming back is a new view', async () => {
    const before = auditRows('view_citizen').length;
    await callOk(desk, 'citizen.get', { ref: citizen.ref });
    await callOk(desk, 'dossier.get', { code: dossierCode });
    await callOk(desk, 'citizen.find', { identifier: citizen.body.idNumber });
    const rows = auditRows('view_citizen');
    expect(rows).toHaveLength(before + 2);
    expect(rows.at(-1)).toMatchObject({ officer_id: 'canbo01', subject: `••••••••${citizen.body.idNumber.slice(-4)}` });
    expect(JSON.parse(rows.at(-1)?.detail ?? '{}')).toEqual({ ref: citizen.ref });
    expect(JSON.stringify(rows)).not.toContain(citizen.body.idNumber);
  });

  it('desk dossier and desk citizen on the command line are audited too, and print no full values', async () => {
    const base = ['--data-dir', desk.dataRoot, '--config', config.file('config.json', JSON.stringify({ mode: 'training' }))];
    const dossiers = auditRows('view_dossier').length;
    const citizens = auditRows('view_citizen').length;
    const shown = await cli(['dossier', dossierCode, '--json', ...base]);
    expect(shown.code).toBe(0);
    for (const full of [ID, PHONE, EMAIL]) expect(shown.stdout).not.toContain(full);
    const person = await cli(['citizen', citizen.body.idNumber, '--json', ...base]);
    expect(person.code).toBe(0);
    expect(person.stdout).not.toContain(`"${citizen.body.idNumber}"`);
    expect(auditRows('view_dossier')).toHaveLength(dossiers + 1);
    expect(auditRows('view_citizen')).toHaveLength(citizens + 1);
  });
});

function citizenDossier(): string {
  const row = db().prepare('SELECT code FROM dossier WHERE code <> ? ORDER BY id LIMIT 1').get(dossierCode) as { code: string };
  return row.code;
}
