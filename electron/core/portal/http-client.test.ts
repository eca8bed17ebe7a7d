import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SIM_RECEIPT_PUBLIC_KEY } from '../../../portal-sim/receipt-key';
import { receiptSignedBy } from '../audit/receipt-key';
import { parseReceiptPublicKey } from '../config/receipt-public-key';
import type { Dossier } from '../../../shared/domain/dossier';
import { linkageFactsSchema } from '../../../shared/domain/linkage-facts';
import type { PortalSim } from '../../../portal-sim/index';
import { TRAINING_PASSWORD } from '../../../portal-sim/officers';
import { startTestSim } from '../../../portal-sim/test-support';
import type { PortalError, PortalResult } from './errors';
import { createHttpPortalClient } from './http-client';
import type { PortalClient } from './portal-client';

let sim: PortalSim;
let client: PortalClient;
let token: string;
let dossiers: readonly Dossier[];

function value<T>(result: PortalResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}
function failure<T>(result: PortalResult<T>): PortalError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}
let keyNo = 0;
const key = (): string => `client-test-${++keyNo}-${Date.now()}`;
const pick = (status: number, skip = 0): Dossier => {
  const d = dossiers.filter((x) => x.status === status)[skip];
  if (!d) throw new Error(`no dossier in status ${status}`);
  return d;
};

beforeAll(async () => {
  sim = await startTestSim({ dossiers: 500 });
  client = createHttpPortalClient({ baseUrl: sim.url, timeoutMs: 2000 });
  token = value(await client.login('canbo01', TRAINING_PASSWORD)).token;
  dossiers = value(await client.pullDossiers(token, { limit: 1000 })).items;
});
afterEach(() => sim.faults.clear());
afterAll(async () => {
  await client.close();
  await sim.close();
});

describe('client × simulator, every operation', () => {
  it('health says it is the simulator', async () => {
    const h = value(await client.getHealth());
    expect(h.simulated).toBe(true);
    expect(Date.parse(h.time)).not.toBeNaN();
  });

  it('login maps the officer; a wrong password is unauthorized', async () => {
    const s = value(await client.login('giamsat01', TRAINING_PASSWORD));
    expect(s.officer).toMatchObject({ id: 'giamsat01', role: 'supervisor', unit: '000.00.12.H29' });
    expect(failure(await client.login('canbo01', 'wrong')).kind).toBe('unauthorized');
  });

  it('pulls dossiers and citizens page by page, mapped to domain types', async () => {
    const first = value(await client.pullDossiers(token, { limit: 100 }));
    expect(first.items).toHaveLength(100);
    expect(first.hasMore).toBe(true);
    const second = value(await client.pullDossiers(token, { cursor: first.nextCursor, limit: 100 }));
    expect((second.items[0]?.updatedAt ?? '') >= (first.items[99]?.updatedAt ?? '')).toBe(true);
    const since = value(await client.pullDossiers(token, { updatedSince: '2026-06-01T00:00:00Z', limit: 1000 }));
    expect(since.items.every((d) => d.updatedAt >= '2026-06-01T00:00:00')).toBe(true);
    const citizens = value(await client.pullCitizens(token, { limit: 200 }));
    expect(citizens.items.length).toBeGreaterThan(100);
    for (const c of citizens.items) expect(linkageFactsSchema.safeParse(c.linkage).success).toBe(true);
  });

  it('gets one dossier and one citizen; unknown ones are not_found', async () => {
    const d = pick(4);
    expect(value(await client.getDossier(token, d.code)).code).toBe(d.code);
    const idNumber = d.applicant.idNumber ?? '';
    expect(value(await client.getCitizen(token, idNumber)).idNumber).toBe(idNumber);
    expect(failure(await client.getDossier(token, '000.00.12.H29-200101-0001')).kind).toBe('not_found');
    expect(failure(await client.getCitizen(token, '000000000000')).kind).toBe('not_found');
  });

  it('posts an action with its key and expected version; a repeat is replayed', async () => {
    const d = pick(1);
    const input = { dossierCode: d.code, kind: 'accept' as const, expectedVersion: d.version, idempotencyKey: key() };
    const first = value(await client.postAction(token, input));
    expect(first.dossier.status).toBe(2);
    expect(first.applied).toMatchObject({ kind: 'accept', fromStatus: 1, toStatus: 2, version: d.version + 1, officerId: 'canbo01' });
    expect(first.replayed).toBe(false);
    const again = value(await client.postAction(token, input));
    expect(again.replayed).toBe(true);
    expect(again.applied).toEqual(first.applied);
  });

  it('classifies conflict (with the current dossier) and invalid (with the reason)', async () => {
    const d = pick(4);
    sim.changeDossier(d.code);
    const conflict = failure(await client.postAction(token, { dossierCode: d.code, kind: 'request_supplement', expectedVersion: d.version, idempotencyKey: key() }));
    expect(conflict.kind).toBe('conflict');
    if (conflict.kind === 'conflict') {
      expect(conflict.currentVersion).toBe(d.version + 1);
      expect(conflict.current?.code).toBe(d.code);
    }
    const done = pick(10);
    const invalid = failure(await client.postAction(token, { dossierCode: done.code, kind: 'withdraw', expectedVersion: done.version, idempotencyKey: key() }));
    expect(invalid.kind).toBe('invalid');
    if (invalid.kind === 'invalid') expect(invalid.reason?.vi).toMatch(/Rút hồ sơ/);
  });

  it('takes in a new dossier and gets its official code back', async () => {
    const outcome = value(
      await client.intakeDossier(token, {
        idempotencyKey: key(),
        procedureCode: '1.001193',
        applicant: { kind: 'citizen', name: 'Bùi Thị Ỷ Lan', idNumber: '036195000123', phone: null, email: null, address: 'Nam Định' },
        summary: 'Đăng ký khai sinh cho con',
        sets: 1,
        vneidVerified: true,
      }),
    );
    expect(outcome.dossier.code).toMatch(/^000\.00\.12\.H29-\d{6}-\d{4}$/);
    expect(outcome.applied.kind).toBe('intake');
    expect(outcome.dossier.history[0]?.action).toBe('intake');
  });

  it("reads the unit's handling log for a day", async () => {
    const log = value(await client.getHandlingLog(token, '2026-06-15'));
    expect(log.unit).toBe('000.00.12.H29');
    expect(log.date).toBe('2026-06-15');
    expect(log.entries.every((e) => e.unit === '000.00.12.H29')).toBe(true);
  });

  it('deposits an audit chain head, gets a receipt signed with the simulator key, and lists it for that device only', async () => {
    const r = value(await client.postAuditReceipt(token, { officerId: 'canbo01', deviceId: 'desk-07', seq: 41, hash: 'b'.repeat(64) }));
    expect(r).toMatchObject({ deviceId: 'desk-07', seq: 41, hash: 'b'.repeat(64) });
    const simKey = parseReceiptPublicKey(SIM_RECEIPT_PUBLIC_KEY);
    expect(simKey && receiptSignedBy(simKey, r)).toBe(true);
    expect(simKey && receiptSignedBy(simKey, { ...r, seq: 42 })).toBe(false);
    expect(value(await client.listAuditReceipts(token, 'desk-07'))).toEqual([r]);
    expect(value(await client.listAuditReceipts(token, 'desk-08'))).toEqual([]);
  });

  it('the account-creation path answers 410 Gone (the client has no method for it)', async () => {
    expect('createCitizenAccount' in client).toBe(false);
    const res = await fetch(`${sim.url}/citizens/accounts`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(410);
  });
});

describe('each injected fault becomes the right typed error', () => {
  const rule = (kind: 'error' | 'drop' | 'hang' | 'reset' | 'malformed', extra: object = {}) =>
    sim.faults.set({ hangMs: 3000, rules: [{ route: '*', kind, rate: 1, ...extra }] });

  it('5xx → server', async () => {
    for (const status of [500, 502, 503] as const) {
      rule('error', { status });
      const e = failure(await client.getDossier(token, pick(4).code));
      expect(e).toMatchObject({ kind: 'server', status });
    }
  });

  it('429 → rate_limited with Retry-After', async () => {
    rule('error', { status: 429, retryAfterSeconds: 7 });
    expect(failure(await client.getHealth())).toMatchObject({ kind: 'rate_limited', retryAfterMs: 7000 });
  });

  it('connection reset → offline; nothing listening → offline', async () => {
    rule('reset');
    expect(failure(await client.getHealth()).kind).toBe('offline');
    const dead = createHttpPortalClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 2000 });
    expect(failure(await dead.getHealth()).kind).toBe('offline');
    await dead.close();
  });

  it('hang past the timeout → timeout', async () => {
    rule('hang');
    const impatient = createHttpPortalClient({ baseUrl: sim.url, timeoutMs: 300 });
    expect(failure(await impatient.getHealth())).toMatchObject({ kind: 'timeout', timeoutMs: 300 });
    await impatient.close();
  });

  it('outage → server with the wait', async () => {
    sim.faults.outage(5000);
    const e = failure(await client.getHealth());
    expect(e.kind).toBe('server');
    if (e.kind === 'server') expect(e.retryAfterMs).toBeGreaterThan(0);
  });

  it('malformed body → bad_response, never data', async () => {
    rule('malformed');
    expect(failure(await client.pullDossiers(token, { limit: 5 })).kind).toBe('bad_response');
  });

  it('apply-then-drop → offline; the retry with the same key is replayed and the ledger holds it once', async () => {
    const d = pick(2);
    const input = { dossierCode: d.code, kind: 'forward' as const, expectedVersion: d.version, idempotencyKey: key(), forwardTo: 'H29.13.10' };
    sim.faults.set({ rules: [{ route: 'postAction', kind: 'drop', rate: 1 }] });
    expect(failure(await client.postAction(token, input)).kind).toBe('offline');
    sim.faults.clear();
    const retry = value(await client.postAction(token, input));
    expect(retry.replayed).toBe(true);
    expect(retry.dossier.status).toBe(4);
    expect(sim.ledger().filter((e) => e.idempotency_key === input.idempotencyKey)).toHaveLength(1);
  });

  it('a well-formed JSON answer of the wrong shape → bad_response', async () => {
    const liar = createHttpPortalClient({
      baseUrl: 'http://portal.invalid',
      timeoutMs: 1000,
      fetchImpl: () => Promise.resolve({ status: 200, headers: { get: () => null }, text: () => Promise.resolve('{"MaHoSo":42}') }),
    });
    expect(failure(await liar.getDossier(token, 'x')).kind).toBe('bad_response');
  });

  it('an unknown route answers a 404 problem', async () => {
    const res = await fetch(`${sim.url}/no-such-route`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
