import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDossierCode } from '../shared/domain/dossier-code';
import { contactIssues } from '../shared/domain/intake-rules';
import { officeDate } from '../shared/domain/office-time';
import { APPLICANT_TYPE_FROM_WIRE } from '../shared/portal/codes';
import type { DossierWire } from '../shared/portal/dossier-wire';
import type { PortalSim } from './index';
import { loginToken, startTestSim } from './test-support';

let sim: PortalSim;
let token: string;
let dossiers: DossierWire[];

async function api(method: string, path: string, body?: unknown, key?: string, auth = token) {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

const inStatus = (status: number): DossierWire => {
  const d = dossiers.find((x) => x.TrangThaiHoSo === status && !used.has(x.MaHoSo));
  if (!d) throw new Error(`no dossier in status ${status}`);
  used.add(d.MaHoSo);
  return d;
};
const used = new Set<string>();

beforeAll(async () => {
  sim = await startTestSim({ dossiers: 600 });
  token = await loginToken(sim.url);
  const page = await api('GET', '/dossiers?limit=1000');
  dossiers = page.body['items'] as DossierWire[];
});
afterAll(async () => {
  await sim.close();
});

describe('counter actions', () => {
  it('applies a valid transition, bumps the version and records it in the handling log', async () => {
    const d = inStatus(1);
    const res = await api('POST', `/dossiers/${d.MaHoSo}/actions`, { HanhDong: 'TiepNhan', PhienBanDuKien: d.PhienBan }, 'sem-accept-0001');
    expect(res.status).toBe(200);
    const after = res.body['HoSo'] as DossierWire;
    expect(after.TrangThaiHoSo).toBe(2);
    expect(after.PhienBan).toBe(d.PhienBan + 1);
    expect(after.NgayTiepNhan).not.toBeNull();
    const log = await api('GET', `/handling-log?date=${officeDate(new Date())}`);
    const items = log.body['items'] as { MaHoSo: string; HanhDong: string; MaCanBo: string }[];
    expect(items).toContainEqual(expect.objectContaining({ MaHoSo: d.MaHoSo, HanhDong: 'TiepNhan', MaCanBo: 'canbo01' }));
  });

  it('refuses an invalid transition with 422 and a reason in both languages, changing nothing', async () => {
    const d = inStatus(10);
    const res = await api('POST', `/dossiers/${d.MaHoSo}/actions`, { HanhDong: 'TiepNhan', PhienBanDuKien: d.PhienBan }, 'sem-invalid-0001');
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const reason = res.body['reason'] as { vi: string; en: string };
    expect(reason.vi).toMatch(/Không thể/);
    expect(reason.en).toMatch(/Cannot/);
    const now = await api('GET', `/dossiers/${d.MaHoSo}`);
    expect(now.body['PhienBan']).toBe(d.PhienBan);
  });

  it('answers a stale version with 409, the current version and the current dossier', async () => {
    const d = inStatus(4);
    sim.changeDossier(d.MaHoSo);
    const res = await api('POST', `/dossiers/${d.MaHoSo}/actions`, { HanhDong: 'YeuCauBoSung', PhienBanDuKien: d.PhienBan }, 'sem-stale-0001');
    expect(res.status).toBe(409);
    expect(res.body['currentVersion']).toBe(d.PhienBan + 1);
    expect((res.body['current'] as DossierWire).MaHoSo).toBe(d.MaHoSo);
  });

  it('returns the stored result for a repeated key and applies the action once', async () => {
    const d = inStatus(2);
    const body = { HanhDong: 'ChuyenXuLy', PhienBanDuKien: d.PhienBan, DonViNhan: 'H15.50.05.13' };
    const first = await api('POST', `/dossiers/${d.MaHoSo}/actions`, body, 'sem-repeat-0001');
    const second = await api('POST', `/dossiers/${d.MaHoSo}/actions`, body, 'sem-repeat-0001');
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(sim.ledger().filter((e) => e.idempotency_key === 'sem-repeat-0001')).toHaveLength(1);
  });

  it('refuses the same key with a different payload (422)', async () => {
    const d = inStatus(2);
    await api('POST', `/dossiers/${d.MaHoSo}/actions`, { HanhDong: 'GhiChu', PhienBanDuKien: d.PhienBan, GhiChu: 'a' }, 'sem-reuse-0001');
    const res = await api('POST', `/dossiers/${d.MaHoSo}/actions`, { HanhDong: 'GhiChu', PhienBanDuKien: d.PhienBan, GhiChu: 'b' }, 'sem-reuse-0001');
    expect(res.status).toBe(422);
    expect(res.body['type']).toBe('/problems/idempotency-key-reused');
  });

  it('notes never change the status nor the version, whatever version is sent', async () => {
    const d = inStatus(9);
    const res = await api('POST', `/dossiers/${d.MaHoSo}/actions`, { HanhDong: 'HuongDanVNeID', PhienBanDuKien: 1 }, 'sem-note-0001');
    expect(res.status).toBe(200);
    expect((res.body['HoSo'] as DossierWire).PhienBan).toBe(d.PhienBan);
    expect((res.body['KetQua'] as { TrangThaiSau: number }).TrangThaiSau).toBe(9);
  });

  it('requires an Idempotency-Key', async () => {
    const d = inStatus(2);
    const res = await api('POST', `/dossiers/${d.MaHoSo}/actions`, { HanhDong: 'GhiChu', PhienBanDuKien: d.PhienBan });
    expect(res.status).toBe(400);
  });
});

describe('intake', () => {
  const intake = {
    MaTTHC: '2.000815', ChuHoSo: 'Ngô Thị Lụa', LoaiDoiTuong: 1, SoDinhDanh: '079190000001', SoDienThoai: '0901234567', Email: null,
    DiaChi: 'Quận 1', TrichYeuHoSo: 'Chứng thực bản sao', SoBoHoSo: 2, TaiKhoanDuocXacThucVoiVNeID: false,
  };

  it("assigns official codes in the officer's unit, sequence increasing within the day", async () => {
    const a = await api('POST', '/dossiers', intake, 'sem-intake-0001');
    const b = await api('POST', '/dossiers', { ...intake, SoBoHoSo: 1 }, 'sem-intake-0002');
    expect(a.status).toBe(201);
    const codeA = parseDossierCode((a.body['HoSo'] as DossierWire).MaHoSo);
    const codeB = parseDossierCode((b.body['HoSo'] as DossierWire).MaHoSo);
    expect(codeA?.agency).toBe('000.00.12.H29');
    expect(codeA?.date).toBe(officeDate(new Date()));
    expect((codeB?.sequence ?? 0) - (codeA?.sequence ?? 0)).toBe(1);
    expect((a.body['HoSo'] as DossierWire).TrangThaiHoSo).toBe(2);
  });

  it('is exactly-once per key too', async () => {
    const a = await api('POST', '/dossiers', intake, 'sem-intake-0003');
    const again = await api('POST', '/dossiers', intake, 'sem-intake-0003');
    expect(again.body).toEqual(a.body);
    expect(sim.ledger().filter((e) => e.idempotency_key === 'sem-intake-0003')).toHaveLength(1);
  });

  it('refuses the ID numbers and phones the counter refuses, with the same words, and records nothing', async () => {
    const cases = [
      { body: { ...intake, SoDinhDanh: '12345' }, type: 'invalid-id-number', field: 'idNumber' as const },
      { body: { ...intake, SoDinhDanh: '079401000001' }, type: 'invalid-id-number', field: 'idNumber' as const },
      { body: { ...intake, SoDienThoai: 'abc' }, type: 'invalid-phone', field: 'phone' as const },
      { body: { ...intake, LoaiDoiTuong: 2, SoDinhDanh: '079190000001' }, type: 'invalid-id-number', field: 'idNumber' as const },
    ];
    for (const [i, c] of cases.entries()) {
      const key = `sem-intake-bad-${i}`;
      const res = await api('POST', '/dossiers', c.body, key);
      expect(res.status, c.type).toBe(422);
      expect(res.body['type']).toContain(c.type);
      const counter = contactIssues({ kind: APPLICANT_TYPE_FROM_WIRE[c.body.LoaiDoiTuong as 1 | 2 | 3], idNumber: c.body.SoDinhDanh, phone: c.body.SoDienThoai }, officeDate(new Date()));
      expect(counter.map((issue) => issue.field)).toEqual([c.field]);
      expect(res.body['reason']).toEqual(counter[0]?.message);
      expect(sim.ledger().filter((e) => e.idempotency_key === key)).toHaveLength(0);
    }
  });
});

describe('auth and removed functions', () => {
  it('rejects unknown tokens and wrong passwords with 401', async () => {
    expect((await api('GET', '/dossiers', undefined, undefined, 'nope')).status).toBe(401);
    const bad = await fetch(`${sim.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ TenDangNhap: 'canbo01', MatKhau: 'x' }) });
    expect(bad.status).toBe(401);
  });

  it('answers account creation with 410 citing Dispatch 3701/VPCP-KSTT', async () => {
    const res = await api('POST', '/citizens/accounts', { SoDinhDanh: '001190012345' });
    expect(res.status).toBe(410);
    expect(res.body['dispatch']).toBe('3701/VPCP-KSTT');
    expect(res.body['hotline']).toBe('1900.0368');
  });
});

describe('paging', () => {
  it('walks every dossier once with the cursor, and a resumed cursor sees later changes', async () => {
    const codes: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await api('GET', `/dossiers?limit=97${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      codes.push(...(page.body['items'] as DossierWire[]).map((d) => d.MaHoSo));
      cursor = page.body['nextCursor'] as string;
      if (!page.body['hasMore']) break;
    }
    expect(new Set(codes).size).toBe(codes.length);
    const d = inStatus(5);
    sim.changeDossier(d.MaHoSo, 4);
    const next = await api('GET', `/dossiers?cursor=${encodeURIComponent(cursor)}`);
    expect((next.body['items'] as DossierWire[]).map((x) => x.MaHoSo)).toEqual([d.MaHoSo]);
  });
});
