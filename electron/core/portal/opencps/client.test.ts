import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../../../shared/domain/dossier';
import type { PortalSim } from '../../../../portal-sim/index';
import { TRAINING_PASSWORD } from '../../../../portal-sim/officers';
import { SIM_SITE_SETTINGS } from '../../../../portal-sim/opencps/site';
import { startTestSim } from '../../../../portal-sim/test-support';
import type { PortalError, PortalResult } from '../errors';
import type { PortalClient } from '../portal-client';
import { createOpencpsPortalClient } from './client';
import { opencpsSettingsSchema } from '../../config/opencps-settings';

let sim: PortalSim;
let client: PortalClient;
let token: string;
let dossiers: Dossier[];
const settings = opencpsSettingsSchema.parse(SIM_SITE_SETTINGS);

function value<T>(result: PortalResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}
function failure<T>(result: PortalResult<T>): PortalError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}
const pick = (status: number, skip = 0): Dossier => {
  const d = dossiers.filter((x) => x.status === status)[skip];
  if (!d) throw new Error(`no dossier in status ${status}`);
  return d;
};
const ledgerFor = (key: string) => sim.ledger().filter((r) => r.idempotency_key === key);

async function pullAll(c: PortalClient, limit: number): Promise<{ items: Dossier[]; cursor: string; pages: number }> {
  const items: Dossier[] = [];
  let page = value(await c.pullDossiers(token, { limit }));
  let pages = 1;
  items.push(...page.items);
  while (page.hasMore) {
    page = value(await c.pullDossiers(token, { cursor: page.nextCursor, limit }));
    items.push(...page.items);
    pages += 1;
  }
  return { items, cursor: page.nextCursor, pages };
}

beforeAll(async () => {
  sim = await startTestSim({ dossiers: 300, dialect: 'opencps' });
  client = createOpencpsPortalClient({ baseUrl: sim.url, timeoutMs: 2000, settings, agencyCode: '000.00.12.H29' });
  token = value(await client.login('canbo01', TRAINING_PASSWORD)).token;
  dossiers = (await pullAll(client, 1000)).items;
}, 60_000);
afterEach(() => sim.faults.clear());
afterAll(async () => {
  await client.close();
  await sim.close();
});

describe('OpenCPS client against the stand-in', () => {
  it('refuses a wrong password (401 → unauthorized)', async () => {
    expect(failure(await client.login('canbo01', 'sai-mat-khau')).kind).toBe('unauthorized');
  });

  it('pulls every dossier once over start/end windows, both date shapes read, statuses mapped', async () => {
    const { items, pages } = await pullAll(client, 70);
    expect(pages).toBeGreaterThan(4);
    expect(new Set(items.map((d) => d.code)).size).toBe(300);
    expect(items.length).toBe(300);
    for (const d of items) {
      expect(Number.isNaN(Date.parse(d.submittedAt))).toBe(false);
      expect(d.submittedAt).not.toBe('1970-01-01T00:00:00.000Z');
    }
    expect(new Set(items.map((d) => d.status)).size).toBeGreaterThan(4);
  });

  it('an incremental refresh returns what changed since the last run, and not the rest', async () => {
    const first = await pullAll(client, 100);
    const target = pick(4, 2);
    sim.changeDossier(target.code, 9);
    const again = value(await client.pullDossiers(token, { cursor: first.cursor, limit: 100 }));
    expect(again.hasMore).toBe(false);
    const codes = again.items.map((d) => d.code);
    expect(codes).toContain(target.code);
    expect(codes.length).toBeLessThan(10);
    expect(again.items.find((d) => d.code === target.code)?.status).toBe(9);
  });

  it('finds a dossier by its opaque number and shows the site\'s action history', async () => {
    const d = pick(4);
    const got = value(await client.getDossier(token, d.code));
    expect(got.code).toBe(d.code);
    expect(got.history.length).toBeGreaterThan(0);
    expect(got.history.some((h) => h.note !== null)).toBe(true);
    expect(failure(await client.getDossier(token, 'KHONG-CO-HO-SO-NAY')).kind).toBe('not_found');
  });

  it('does not re-apply an action whose answer was lost: the history shows its key', async () => {
    const d = pick(2, 0);
    const key = randomUUID();
    const input = { dossierCode: d.code, kind: 'forward' as const, expectedVersion: d.version, idempotencyKey: key, forwardTo: 'H15.50.05.13', note: null };
    sim.faults.set({ rules: [{ route: 'postAction', kind: 'drop', rate: 1 }] });
    expect(failure(await client.postAction(token, input)).kind).toBe('offline');
    expect(ledgerFor(key)).toHaveLength(1);
    sim.faults.clear();
    const again = value(await client.postAction(token, input));
    expect(again.replayed).toBe(true);
    expect(again.dossier.status).toBe(4);
    expect(ledgerFor(key)).toHaveLength(1);
  });

  it('the stand-in itself has no idempotency: the same key posted twice by hand is applied twice', async () => {
    // The control for the test above: without the desk's history check a lost answer would double.
    const d = pick(4, 1);
    const key = randomUUID();
    const auth = `Basic ${Buffer.from(`canbo01:${TRAINING_PASSWORD}`).toString('base64')}`;
    const id = (await (await fetch(`${sim.url}/dossiers?dossierNo=${encodeURIComponent(d.code)}`, { headers: { authorization: auth, groupid: settings.groupId } })).json()) as { data: { dossierId: number }[] };
    const body = new URLSearchParams({ actionCode: '9001', actionNote: 'thử', payload: JSON.stringify({ oneStopDeskKey: key }) }).toString();
    for (let i = 0; i < 2; i += 1) {
      const res = await fetch(`${sim.url}/dossiers/${id.data[0]?.dossierId}/actions`, { method: 'POST', headers: { authorization: auth, groupid: settings.groupId, 'content-type': 'application/x-www-form-urlencoded' }, body });
      expect(res.status).toBe(200);
    }
    expect(ledgerFor(key)).toHaveLength(2);
  });

  it('refuses an action its workflow does not offer at this step (conflict with a readable reason, nothing applied)', async () => {
    const d = pick(10);
    const key = randomUUID();
    const error = failure(await client.postAction(token, { dossierCode: d.code, kind: 'accept', expectedVersion: d.version, idempotencyKey: key }));
    if (error.kind !== 'conflict') throw new Error(`expected conflict, got ${error.kind}`);
    expect(error.reason?.vi).toContain('không cho phép "Tiếp nhận"');
    expect(error.reason?.en).toContain('does not offer "Accept"');
    expect(ledgerFor(key)).toHaveLength(0);
  });

  it('refuses locally a kind with no configured action code, with a reason in both languages', async () => {
    const bare = createOpencpsPortalClient({ baseUrl: sim.url, timeoutMs: 2000, settings: { ...settings, actionCodes: { note: '9001' } }, agencyCode: '000.00.12.H29' });
    const d = pick(4, 3);
    const key = randomUUID();
    const error = failure(await bare.postAction(token, { dossierCode: d.code, kind: 'forward', expectedVersion: d.version, idempotencyKey: key, forwardTo: 'H15.50.05.13' }));
    if (error.kind !== 'invalid') throw new Error(`expected invalid, got ${error.kind}`);
    expect(error.reason?.vi).toContain('chưa được cấu hình');
    expect(error.reason?.en).toContain('not configured');
    expect(ledgerFor(key)).toHaveLength(0);
    await bare.close();
  });

  it('maps the site accounts named in portal.opencps.roles to the desk roles, any case; everyone else is an officer', async () => {
    expect(value(await client.login('canbo01', TRAINING_PASSWORD)).officer.role).toBe('officer');
    expect(value(await client.login('giamsat01', TRAINING_PASSWORD)).officer.role).toBe('supervisor');
    expect(value(await client.login('quantri01', TRAINING_PASSWORD)).officer.role).toBe('admin');
    const other = createOpencpsPortalClient({ baseUrl: sim.url, timeoutMs: 2000, settings: { ...settings, roles: { supervisor: ['CanBo02'], admin: [] } }, agencyCode: '000.00.12.H29' });
    expect(value(await other.login('canbo02', TRAINING_PASSWORD)).officer.role).toBe('supervisor');
    expect(value(await other.login('giamsat01', TRAINING_PASSWORD)).officer.role).toBe('officer');
    await other.close();
    expect(opencpsSettingsSchema.safeParse({ ...SIM_SITE_SETTINGS, roles: { supervisor: [''] } }).success).toBe(false);
    expect(opencpsSettingsSchema.safeParse({ ...SIM_SITE_SETTINGS, roles: { giamSat: ['giamsat01'] } }).success).toBe(false);
  });

  it('an intake whose answer was lost is found by its referenceUid, not created twice', async () => {
    const key = randomUUID();
    const input = {
      idempotencyKey: key, procedureCode: '1.001193', summary: 'Đăng ký khai sinh cho con', sets: 1, vneidVerified: true, note: null,
      applicant: { kind: 'citizen' as const, name: 'Đặng Thị Thu Trang', idNumber: '079303001235', phone: '0903555111', email: null, address: '12 Lê Lợi, Phường Sài Gòn, TP. Hồ Chí Minh' },
    };
    sim.faults.set({ rules: [{ route: 'intakeDossier', kind: 'drop', rate: 1 }] });
    expect(failure(await client.intakeDossier(token, input)).kind).toBe('offline');
    sim.faults.clear();
    const again = value(await client.intakeDossier(token, input));
    expect(again.replayed).toBe(true);
    expect(again.dossier.applicant.name).toBe('Đặng Thị Thu Trang');
    expect(ledgerFor(key)).toHaveLength(1);
  });
});
