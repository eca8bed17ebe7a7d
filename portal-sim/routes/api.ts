import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { formatWireDateTime, parseWireDateTime } from '../../shared/domain/office-time';
import { actionRequestWireSchema, intakeRequestWireSchema } from '../../shared/portal/action-wire';
import { auditHeadWireSchema, loginRequestWireSchema } from '../../shared/portal/misc-wire';
import { ACCOUNT_CREATION_GONE, type OperationId } from '../../shared/portal/operations';
import { formatWireDate } from '../../shared/portal/wire-common';
import { parseWithIssues } from '../../shared/validation';
import type { Sessions } from '../auth';
import type { Officer } from '../officers';
import { okJson, problem, type SimResponse } from '../problem';
import { signReceipt } from '../receipt-key';
import { readPage } from '../store/paging';
import type { SimStore } from '../store/sim-store';

export interface ApiDeps {
  readonly store: SimStore;
  readonly sessions: Sessions;
  readonly version: string;
}

export type Handler = (request: FastifyRequest, officer: Officer | null) => SimResponse;

/** A 400 problem listing every bad field in Vietnamese and English. */
function parsed<S extends z.ZodType>(schema: S, data: unknown): { ok: true; value: z.output<S> } | { ok: false; response: SimResponse } {
  const result = parseWithIssues(schema, data);
  if (result.success) return { ok: true, value: result.data };
  const vi = result.issues.map((i) => `${i.key}: ${i.message.vi}`).join('; ');
  const en = result.issues.map((i) => `${i.key}: ${i.message.en}`).join('; ');
  return { ok: false, response: problem(400, 'bad-request', 'Invalid request', { detail: en, reason: { vi, en } }) };
}

const pageQuerySchema = z.object({
  updatedSince: z.string().optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
  withTotal: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
});
const dayQuerySchema = z.object({ date: z.iso.date(), unit: z.string().min(1).max(64).optional() });
const keySchema = z.string().min(8).max(128);
const deviceQuerySchema = z.object({ deviceId: z.string().min(1).max(128) });

const notFound = (what: string): SimResponse => problem(404, 'not-found', `${what} not found`, { detail: `${what} not found` });

function idempotencyKey(request: FastifyRequest): { ok: true; key: string } | { ok: false; response: SimResponse } {
  const key = keySchema.safeParse(request.headers['idempotency-key']);
  if (key.success) return { ok: true, key: key.data };
  const reason = { vi: 'Thiếu hoặc sai tiêu đề Idempotency-Key (8–128 ký tự).', en: 'Missing or invalid Idempotency-Key header (8–128 characters).' };
  return { ok: false, response: problem(400, 'missing-idempotency-key', 'Idempotency-Key required', { detail: reason.en, reason }) };
}

/** One handler per operation; `Record<OperationId, ...>` makes a missing one a type error. */
export function apiHandlers(deps: ApiDeps): Record<OperationId, Handler> {
  const { store, sessions } = deps;
  const page = (table: 'dossiers' | 'citizens'): Handler => (request) => {
    const q = parsed(pageQuerySchema, request.query);
    if (!q.ok) return q.response;
    const result = readPage(store.db, table, q.value);
    return result.ok ? okJson(200, result.json) : problem(400, 'bad-cursor', 'Invalid paging parameters', { detail: result.detail });
  };
  const param = (request: FastifyRequest, name: string): string => (request.params as Record<string, string>)[name] ?? '';

  return {
    getHealth: () => okJson(200, JSON.stringify({ status: 'ok', time: formatWireDateTime(new Date()), version: deps.version, simulated: true })),
    login: (request) => {
      const body = parsed(loginRequestWireSchema, request.body);
      if (!body.ok) return body.response;
      const session = sessions.login(body.value.TenDangNhap, body.value.MatKhau);
      if (!session) {
        const reason = { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' };
        return problem(401, 'unauthorized', 'Sign-in failed', { detail: reason.en, reason });
      }
      const o = session.officer;
      return okJson(200, JSON.stringify({
        token: session.token,
        expiresAt: formatWireDateTime(new Date(session.expiresMs)),
        CanBo: { MaCanBo: o.id, HoTen: o.name, VaiTro: o.role, DonViXuLy: o.unit },
      }));
    },
    pullDossiers: page('dossiers'),
    pullCitizens: page('citizens'),
    getDossier: (request) => {
      const json = store.dossierJson(param(request, 'code'));
      return json === undefined ? notFound('Dossier') : okJson(200, json);
    },
    getCitizen: (request) => {
      const json = store.citizenJson(param(request, 'idNumber'));
      return json === undefined ? notFound('Citizen') : okJson(200, json);
    },
    postAction: (request, officer) => {
      const key = idempotencyKey(request);
      if (!key.ok) return key.response;
      const body = parsed(actionRequestWireSchema, request.body);
      if (!body.ok) return body.response;
      return store.actions.applyAction(param(request, 'code'), key.key, officer as Officer, body.value);
    },
    intakeDossier: (request, officer) => {
      const key = idempotencyKey(request);
      if (!key.ok) return key.response;
      const body = parsed(intakeRequestWireSchema, request.body);
      if (!body.ok) return body.response;
      return store.actions.intake(key.key, officer as Officer, body.value);
    },
    createCitizenAccount: () =>
      problem(410, 'account-creation-removed', 'Gone: creating citizen accounts was removed', {
        detail: ACCOUNT_CREATION_GONE.en,
        reason: { vi: ACCOUNT_CREATION_GONE.vi, en: ACCOUNT_CREATION_GONE.en },
        dispatch: ACCOUNT_CREATION_GONE.dispatch,
        hotline: ACCOUNT_CREATION_GONE.hotline,
      }),
    getHandlingLog: (request, officer) => {
      const q = parsed(dayQuerySchema, request.query);
      if (!q.ok) return q.response;
      const unit = q.value.unit ?? (officer as Officer).unit;
      return okJson(200, JSON.stringify({ Ngay: formatWireDate(q.value.date), DonViXuLy: unit, items: store.journal.dayLog(unit, q.value.date) }));
    },
    postAuditReceipt: (request, officer) => {
      const body = parsed(auditHeadWireSchema, request.body);
      if (!body.ok) return body.response;
      const head = body.value;
      const receivedAt = formatWireDateTime(new Date());
      const receiptId = `BN-${receivedAt}-${randomUUID().slice(0, 8).toUpperCase()}`;
      const claim = { receiptId, deviceId: head.deviceId, seq: head.seq, hash: head.hash, receivedAt: parseWireDateTime(receivedAt) ?? '' };
      const receipt = { ...claim, receivedAt, signature: signReceipt(claim) };
      // The depositor is the signed-in officer, whatever the body claims.
      store.saveReceipt({ ...receipt, officerId: (officer as Officer).id });
      return okJson(201, JSON.stringify(receipt));
    },
    listAuditReceipts: (request) => {
      const q = parsed(deviceQuerySchema, request.query);
      if (!q.ok) return q.response;
      const items = store.receiptsOf(q.value.deviceId).map(({ officerId: _officer, ...r }) => r);
      return okJson(200, JSON.stringify({ deviceId: q.value.deviceId, items }));
    },
  };
}
