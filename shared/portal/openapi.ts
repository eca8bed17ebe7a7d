import { z } from 'zod';
import { actionRequestWireSchema, actionResultWireSchema, intakeRequestWireSchema } from './action-wire';
import { citizenWireSchema } from './citizen-wire';
import { dossierWireSchema } from './dossier-wire';
import {
  auditHeadWireSchema,
  auditReceiptListWireSchema,
  auditReceiptWireSchema,
  handlingLogWireSchema,
  healthWireSchema,
  loginRequestWireSchema,
  loginResultWireSchema,
  problemWireSchema,
} from './misc-wire';
import { OPERATIONS, type Operation, type OperationId } from './operations';
import { pageOf } from './wire-common';
import { PRODUCT_NAME } from '../domain/product';

export const dossierPageWireSchema = pageOf(dossierWireSchema);
export const citizenPageWireSchema = pageOf(citizenWireSchema);

/** Component names in the document. */
const COMPONENTS = {
  HoSo: dossierWireSchema,
  TrangHoSo: dossierPageWireSchema,
  CongDan: citizenWireSchema,
  TrangCongDan: citizenPageWireSchema,
  YeuCauHanhDong: actionRequestWireSchema,
  KetQuaHanhDong: actionResultWireSchema,
  YeuCauTiepNhan: intakeRequestWireSchema,
  SoTheoDoi: handlingLogWireSchema,
  SucKhoe: healthWireSchema,
  DangNhap: loginRequestWireSchema,
  PhienDangNhap: loginResultWireSchema,
  DauChuoiNhatKy: auditHeadWireSchema,
  BienNhanNhatKy: auditReceiptWireSchema,
  DanhSachBienNhan: auditReceiptListWireSchema,
  Problem: problemWireSchema,
} as const;
type ComponentName = keyof typeof COMPONENTS;

interface OperationShape {
  readonly params?: readonly { name: string; in: 'path' | 'query' | 'header'; required: boolean; schema: object; description: string }[];
  readonly body?: ComponentName;
  readonly ok: { status: 200 | 201; schema: ComponentName };
  readonly errors: readonly number[];
}

const cursorParams = [
  { name: 'updatedSince', in: 'query', required: false, schema: { type: 'string', pattern: '^\\d{14}$' }, description: 'yyyyMMddHHmmss office time; ignored when cursor is given' },
  { name: 'cursor', in: 'query', required: false, schema: { type: 'string' }, description: 'opaque nextCursor from a previous page' },
  { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 1000, default: 500 }, description: 'page size' },
  { name: 'withTotal', in: 'query', required: false, schema: { type: 'boolean', default: false }, description: 'also return total: the rows left from this position (for a progress bar; ask once per pull, it costs a count)' },
] as const;
const idempotencyKey = { name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', minLength: 8, maxLength: 128 }, description: 'unique per action; a repeat returns the stored result (kept 60 days)' } as const;
const common = [401, 429, 500, 502, 503];

const SHAPES: Record<OperationId, OperationShape> = {
  getHealth: { ok: { status: 200, schema: 'SucKhoe' }, errors: [500, 502, 503] },
  login: { body: 'DangNhap', ok: { status: 200, schema: 'PhienDangNhap' }, errors: [400, ...common] },
  pullDossiers: { params: cursorParams, ok: { status: 200, schema: 'TrangHoSo' }, errors: [400, ...common] },
  getDossier: {
    params: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' }, description: 'MaHoSo' }],
    ok: { status: 200, schema: 'HoSo' },
    errors: [404, ...common],
  },
  intakeDossier: { params: [idempotencyKey], body: 'YeuCauTiepNhan', ok: { status: 201, schema: 'KetQuaHanhDong' }, errors: [400, 422, ...common] },
  postAction: {
    params: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' }, description: 'MaHoSo' }, idempotencyKey],
    body: 'YeuCauHanhDong',
    ok: { status: 200, schema: 'KetQuaHanhDong' },
    errors: [400, 404, 409, 422, ...common],
  },
  pullCitizens: { params: cursorParams, ok: { status: 200, schema: 'TrangCongDan' }, errors: [400, ...common] },
  getCitizen: {
    params: [{ name: 'idNumber', in: 'path', required: true, schema: { type: 'string' }, description: 'SoDinhDanh: ID number, passport number or tax/enterprise code' }],
    ok: { status: 200, schema: 'CongDan' },
    errors: [404, ...common],
  },
  createCitizenAccount: { ok: { status: 200, schema: 'Problem' }, errors: [410, 401] },
  getHandlingLog: {
    params: [
      { name: 'date', in: 'query', required: true, schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, description: 'office day, yyyy-MM-dd' },
      { name: 'unit', in: 'query', required: false, schema: { type: 'string' }, description: "agency e-ID code; default the officer's unit" },
    ],
    ok: { status: 200, schema: 'SoTheoDoi' },
    errors: [400, ...common],
  },
  postAuditReceipt: { body: 'DauChuoiNhatKy', ok: { status: 201, schema: 'BienNhanNhatKy' }, errors: [400, ...common] },
  listAuditReceipts: {
    params: [{ name: 'deviceId', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 128 }, description: "the desk's device id" }],
    ok: { status: 200, schema: 'DanhSachBienNhan' },
    errors: [400, ...common],
  },
};

const ERROR_STATUSES = [400, 401, 404, 409, 410, 422, 429, 500, 502, 503];
const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const problemResponse = (status: number) => ({
  description: `RFC 9457 problem (${status})`,
  content: { 'application/problem+json': { schema: ref('Problem') } },
  ...(status === 429 || status === 503 ? { headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'seconds' } } } : {}),
});

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` });
  const schemas: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(out.schemas)) {
    const { $schema: _drop, $id: _id, ...rest } = schema as Record<string, unknown>;
    schemas[id] = rest;
  }
  return schemas;
}

function operationObject(op: Operation): Record<string, unknown> {
  const shape = SHAPES[op.id];
  const responses: Record<string, unknown> = {};
  if (op.id !== 'createCitizenAccount') {
    responses[String(shape.ok.status)] = { description: 'OK', content: { 'application/json': { schema: ref(shape.ok.schema) } } };
  }
  for (const status of shape.errors) responses[String(status)] = { $ref: `#/components/responses/Problem${status}` };
  return {
    operationId: op.id,
    summary: op.summary,
    ...(op.id === 'createCitizenAccount' ? { deprecated: true } : {}),
    ...(op.auth ? {} : { security: [] }),
    ...(shape.params ? { parameters: shape.params } : {}),
    ...(shape.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(shape.body) } } } } : {}),
    responses,
  };
}

/** The portal API as an OpenAPI 3.1 document (a plain object; portal-sim writes it as YAML). */
export function buildOpenApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const item = (paths[op.path] ??= {});
    item[op.method.toLowerCase()] = operationObject(op);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: `${PRODUCT_NAME} portal API`,
      version: '1.0.0',
      description:
        'What the counter desk needs from the provincial gateway to the National Public Service Portal. ' +
        'National vocabulary on the wire (MaHoSo, TrangThaiHoSo...), dates yyyyMMddHHmmss in Asia/Ho_Chi_Minh. ' +
        'Errors are RFC 9457 problem+json. No operation creates citizen accounts (Dispatch 3701/VPCP-KSTT).',
    },
    servers: [{ url: 'http://127.0.0.1:7070', description: 'portal-sim (training)' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'token from POST /auth/login, one per officer' } },
      responses: Object.fromEntries(ERROR_STATUSES.map((status) => [`Problem${status}`, problemResponse(status)])),
      schemas: componentSchemas(),
    },
  };
}
