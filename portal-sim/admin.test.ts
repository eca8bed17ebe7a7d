import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFaultFlag } from './faults';
import type { PortalSim } from './index';
import { loginToken, startTestSim } from './test-support';

describe('fault flags', () => {
  it('parse route=kind:rate[:status[:retryAfter]] and refuse nonsense', () => {
    expect(parseFaultFlag('postAction=drop:0.2')).toEqual({ route: 'postAction', kind: 'drop', rate: 0.2 });
    expect(parseFaultFlag('*=error:1:429:5')).toEqual({ route: '*', kind: 'error', rate: 1, status: 429, retryAfterSeconds: 5 });
    expect(() => parseFaultFlag('nope=error:1')).toThrow();
    expect(() => parseFaultFlag('*=error:2')).toThrow();
    expect(() => parseFaultFlag('*=explode:0.1')).toThrow();
  });
});

describe('admin API', () => {
  let sim: PortalSim;
  let token: string;
  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${sim.url}/__admin${path}`, {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    sim = await startTestSim();
    token = await loginToken(sim.url);
  });
  afterAll(async () => {
    await sim.close();
  });

  it('sets faults at run time, validates them, and clears them', async () => {
    expect((await admin('PUT', '/faults', { rules: [{ route: 'getHealth', kind: 'error', rate: 1, status: 502 }] })).status).toBe(200);
    expect((await fetch(`${sim.url}/health`)).status).toBe(502);
    expect((await admin('PUT', '/faults', { rules: [{ route: 'getHealth', kind: 'error', rate: 3 }] })).status).toBe(400);
    expect((await admin('DELETE', '/faults')).status).toBe(200);
    expect((await fetch(`${sim.url}/health`)).status).toBe(200);
  });

  it('declares an outage window with Retry-After', async () => {
    await admin('POST', '/outage', { durationMs: 4000 });
    const res = await fetch(`${sim.url}/health`);
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    await admin('DELETE', '/faults');
  });

  it('changes a dossier portal-side and lists the ledger', async () => {
    const page = (await (await fetch(`${sim.url}/dossiers?limit=1`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: { MaHoSo: string; PhienBan: number }[] };
    const d = page.items[0];
    if (!d) throw new Error('no dossier');
    const changed = await admin('POST', `/dossiers/${d.MaHoSo}`, { status: 8 });
    expect(changed.body).toMatchObject({ PhienBan: d.PhienBan + 1, TrangThaiHoSo: 8 });
    await fetch(`${sim.url}/dossiers/${d.MaHoSo}/actions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'admin-ledger-0001' },
      body: JSON.stringify({ HanhDong: 'GhiChu', PhienBanDuKien: 1, GhiChu: 'x' }),
    });
    const ledger = await admin('GET', '/ledger');
    expect(ledger.body['entries']).toContainEqual(expect.objectContaining({ idempotencyKey: 'admin-ledger-0001', code: d.MaHoSo, action: 'GhiChu' }));
  });

  it('is absent unless enabled', async () => {
    const plain = await startTestSim({ adminApi: false });
    try {
      expect((await fetch(`${plain.url}/__admin/ledger`)).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
