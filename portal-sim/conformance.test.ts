import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OPERATIONS, toRouterPath } from '../shared/portal/operations';
import { createHttpPortalClient } from '../electron/core/portal/http-client';
import { OPENAPI_PATH, renderOpenApiYaml } from './openapi/render';
import { buildApp, servedRoutes } from './server';
import { createSessions } from './auth';
import { createFaultController } from './faults';
import { loginToken, startTestSim } from './test-support';
import type { PortalSim } from './index';

type ResponseObject = { $ref?: string; content?: Record<string, { schema: { $ref: string } }> };
type Doc = { paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>> };
const doc = parse(readFileSync(OPENAPI_PATH, 'utf8')) as Doc;

/** A response object (or its $ref into components.responses) → media type and schema $ref. */
function resolveResponse(response: ResponseObject): { media: string; schemaRef: string } {
  const components = (doc as unknown as { components: { responses: Record<string, ResponseObject> } }).components;
  const resolved = response.$ref ? components.responses[response.$ref.split('/').pop() ?? ''] ?? {} : response;
  const [media, content] = Object.entries(resolved.content ?? {})[0] ?? ['', { schema: { $ref: '' } }];
  return { media, schemaRef: content.schema.$ref };
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(parse(readFileSync(OPENAPI_PATH, 'utf8')) as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('is up to date with the wire schemas', () => {
    expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(renderOpenApiYaml());
  });

  it('documents exactly the routes the simulator serves (admin routes aside)', async () => {
    const app = buildApp({
      store: {} as never,
      sessions: createSessions(),
      faults: createFaultController(),
      adminApi: true,
      version: 'test',
    });
    await app.ready();
    const served = servedRoutes(app).filter((r) => !r.includes('/__admin'));
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${toRouterPath(path)}`));
    expect(served.length).toBeGreaterThan(0);
    expect([...documented].sort()).toEqual([...served].sort());
    await app.close();
  });

  it('has a client method for every operation except account creation, and no account method', () => {
    const client = createHttpPortalClient({ baseUrl: 'http://127.0.0.1:1', timeoutMs: 1000, fetchImpl: () => Promise.reject(new Error('unused')) });
    const methods = Object.keys(client).filter((k) => k !== 'close');
    const ids = OPERATIONS.map((o) => o.id).filter((id) => id !== 'createCitizenAccount');
    expect(methods.sort()).toEqual([...ids].sort());
    expect(methods.some((m) => /account/i.test(m))).toBe(false);
  });
});

describe('simulator answers validate against the document', () => {
  let sim: PortalSim;
  let token: string;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const applyFormats = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;
  applyFormats(ajv);
  ajv.addSchema(doc, 'portal');
  const seen = new Set<string>();

  async function check(operationId: string, method: string, path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${sim.url}${path}`, { method, ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });
    const body: unknown = await res.json();
    const [docPath, item] = Object.entries(doc.paths).find(([, it]) => Object.values(it).some((o) => o.operationId === operationId)) ?? [];
    expect(docPath, operationId).toBeDefined();
    const responses = (item?.[method.toLowerCase()]?.responses ?? {}) as Record<string, ResponseObject>;
    expect(Object.keys(responses), `${operationId} documents status ${res.status}`).toContain(String(res.status));
    const { media, schemaRef } = resolveResponse(responses[String(res.status)] as ResponseObject);
    expect(res.headers.get('content-type') ?? '').toContain(media);
    const validate = ajv.compile({ $ref: `portal${schemaRef}` });
    const valid = validate(body);
    expect(validate.errors ?? [], `${operationId} ${res.status}`).toEqual([]);
    expect(valid).toBe(true);
    seen.add(operationId);
    return { status: res.status, body };
  }

  beforeAll(async () => {
    sim = await startTestSim();
    token = await loginToken(sim.url);
  });
  afterAll(async () => {
    await sim.close();
  });

  it('for every operation, success and error statuses', async () => {
    await check('getHealth', 'GET', '/health');
    await check('login', 'POST', '/auth/login', { body: JSON.stringify({ TenDangNhap: 'canbo02', MatKhau: 'taphuan@2024' }) });
    await check('login', 'POST', '/auth/login', { body: JSON.stringify({ TenDangNhap: 'canbo02', MatKhau: 'wrong' }) });
    const page = (await check('pullDossiers', 'GET', '/dossiers?limit=50')).body as { items: { MaHoSo: string; PhienBan: number; TrangThaiHoSo: number }[]; nextCursor: string };
    await check('pullDossiers', 'GET', `/dossiers?limit=50&cursor=${encodeURIComponent(page.nextCursor)}`);
    await check('pullDossiers', 'GET', '/dossiers?cursor=garbage');
    const citizens = (await check('pullCitizens', 'GET', '/citizens?limit=100&updatedSince=20250101000000')).body as { items: { SoDinhDanh: string }[] };
    const first = page.items[0];
    if (!first) throw new Error('no dossiers');
    await check('getDossier', 'GET', `/dossiers/${first.MaHoSo}`);
    await check('getDossier', 'GET', '/dossiers/000.00.12.H29-240101-9999');
    await check('getCitizen', 'GET', `/citizens/${citizens.items[0]?.SoDinhDanh ?? ''}`);
    await check('getCitizen', 'GET', '/citizens/000000000000');
    const newOne = page.items.find((d) => d.TrangThaiHoSo === 1) ?? first;
    const action = (kind: string, version: number) => ({ body: JSON.stringify({ HanhDong: kind, PhienBanDuKien: version }), headers: { 'idempotency-key': `conf-${kind}-${version}-${newOne.MaHoSo}` } });
    await check('postAction', 'POST', `/dossiers/${newOne.MaHoSo}/actions`, action('GhiChu', newOne.PhienBan));
    await check('postAction', 'POST', `/dossiers/${newOne.MaHoSo}/actions`, action('TraKetQua', newOne.PhienBan));
    await check('postAction', 'POST', `/dossiers/${newOne.MaHoSo}/actions`, action('TiepNhan', newOne.PhienBan + 5));
    await check('postAction', 'POST', `/dossiers/${newOne.MaHoSo}/actions`, { body: '{"HanhDong":', headers: { 'idempotency-key': 'conf-broken-json' } });
    await check('postAction', 'POST', '/dossiers/000.00.12.H29-240101-9999/actions', action('GhiChu', 1));
    const intake = {
      MaTTHC: '1.001193', ChuHoSo: 'Đỗ Thị Ánh', LoaiDoiTuong: 1, SoDinhDanh: '001190012345', SoDienThoai: null, Email: null,
      DiaChi: 'Hà Nội', TrichYeuHoSo: 'Đăng ký khai sinh', SoBoHoSo: 1, TaiKhoanDuocXacThucVoiVNeID: true,
    };
    await check('intakeDossier', 'POST', '/dossiers', { body: JSON.stringify(intake), headers: { 'idempotency-key': 'conf-intake-1' } });
    await check('intakeDossier', 'POST', '/dossiers', { body: JSON.stringify({ ...intake, MaTTHC: '9.999999' }), headers: { 'idempotency-key': 'conf-intake-2' } });
    await check('createCitizenAccount', 'POST', '/citizens/accounts', { body: '{}' });
    await check('getHandlingLog', 'GET', '/handling-log?date=2026-06-15');
    await check('getHandlingLog', 'GET', '/handling-log?date=15/06/2026');
    await check('postAuditReceipt', 'POST', '/audit/receipts', { body: JSON.stringify({ officerId: 'canbo01', deviceId: 'desk-01', seq: 12, hash: 'a'.repeat(64) }) });
    await check('listAuditReceipts', 'GET', '/audit/receipts?deviceId=desk-01');
    await check('listAuditReceipts', 'GET', '/audit/receipts');
    const unauth = await fetch(`${sim.url}/dossiers`);
    expect(unauth.status).toBe(401);
    expect(seen.size).toBe(OPERATIONS.length);
  });
});
