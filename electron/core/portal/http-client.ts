import type { z } from 'zod';
import { formatWireDateTime } from '../../../shared/domain/office-time';
import { actionResultWireSchema, type ActionRequestWire, type IntakeRequestWire } from '../../../shared/portal/action-wire';
import { ACTION_TO_WIRE, APPLICANT_TYPE_TO_WIRE } from '../../../shared/portal/codes';
import { dossierWireSchema } from '../../../shared/portal/dossier-wire';
import { citizenWireSchema } from '../../../shared/portal/citizen-wire';
import { citizenFromWire, dossierFromWire } from '../../../shared/portal/map';
import { auditReceiptListWireSchema, auditReceiptWireSchema, handlingLogWireSchema, healthWireSchema, loginResultWireSchema } from '../../../shared/portal/misc-wire';
import { citizenPageWireSchema, dossierPageWireSchema } from '../../../shared/portal/openapi';
import { formatWireDate } from '../../../shared/portal/wire-common';
import { appliedFromWire, handlingLogFromWire, healthFromWire, receiptFromWire, sessionFromWire, type PullQuery } from '../../../shared/portal/results';
import { classifyFailure, classifyThrown } from './classify';
import { parseAnswer } from './parse-answer';
import type { PortalResult } from './errors';
import type { ActionOutcome, PortalClient } from './portal-client';
import { createTransport, type FetchLike } from './transport';

export interface HttpPortalClientOptions {
  /** e.g. https://gateway.example.gov.vn/onestop — no trailing slash needed. */
  readonly baseUrl: string;
  /** Whole-call budget, headers and body. */
  readonly timeoutMs: number;
  readonly caBundlePath?: string;
  readonly proxy?: string;
  /** For tests: replaces the pooled undici fetch (TLS and proxy options are then unused). */
  readonly fetchImpl?: FetchLike;
}

interface Call {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly token?: string;
  readonly query?: Record<string, string | number | undefined>;
  readonly body?: unknown;
  readonly idempotencyKey?: string;
}

const actionOutcome = (w: z.infer<typeof actionResultWireSchema>, replayed: boolean): ActionOutcome => ({
  applied: appliedFromWire(w.KetQua),
  dossier: dossierFromWire(w.HoSo),
  replayed,
});

const pullQuery = (q: PullQuery = {}) => ({
  updatedSince: q.updatedSince === undefined ? undefined : formatWireDateTime(q.updatedSince),
  cursor: q.cursor,
  limit: q.limit,
  withTotal: q.withTotal ? 'true' : undefined,
});

/** The portal client over HTTP: timeouts, zod-validated answers, typed errors. */
export function createHttpPortalClient(options: HttpPortalClientOptions): PortalClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const transport = options.fetchImpl
    ? { fetch: options.fetchImpl, close: async () => {} }
    : createTransport({
        ...(options.caBundlePath !== undefined ? { caBundlePath: options.caBundlePath } : {}),
        ...(options.proxy !== undefined ? { proxy: options.proxy } : {}),
      });

  async function request<S extends z.ZodType, T>(call: Call, schema: S, map: (wire: z.output<S>, replayed: boolean) => T): Promise<PortalResult<T>> {
    const url = new URL(base + call.path);
    for (const [k, v] of Object.entries(call.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (call.token !== undefined) headers['authorization'] = `Bearer ${call.token}`;
    if (call.idempotencyKey !== undefined) headers['idempotency-key'] = call.idempotencyKey;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    let status: number;
    let text: string;
    let replayed: boolean;
    // A plain controller and timer: AbortSignal.timeout makes a transferable signal, a
    // measurable cost on every call of a drain.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${options.timeoutMs} ms`, 'TimeoutError')), options.timeoutMs);
    try {
      const response = await transport.fetch(url.toString(), {
        method: call.method,
        headers,
        ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
        signal: controller.signal,
      });
      status = response.status;
      text = await response.text();
      if (status < 200 || status > 299) return { ok: false, error: classifyFailure(response, text) };
      replayed = response.headers.get('idempotent-replayed') === 'true';
    } catch (error) {
      return { ok: false, error: classifyThrown(error, options.timeoutMs) };
    } finally {
      clearTimeout(timer);
    }
    const parsed = parseAnswer(text, status, schema);
    return parsed.ok ? { ok: true, value: map(parsed.value, replayed) } : parsed;
  }

  const enc = encodeURIComponent;
  return {
    getHealth: () => request({ method: 'GET', path: '/health' }, healthWireSchema, healthFromWire),
    login: (username, password) =>
      request({ method: 'POST', path: '/auth/login', body: { TenDangNhap: username, MatKhau: password } }, loginResultWireSchema, sessionFromWire),
    pullDossiers: (token, query) =>
      request({ method: 'GET', path: '/dossiers', token, query: pullQuery(query) }, dossierPageWireSchema, (w) => ({
        items: w.items.map(dossierFromWire),
        nextCursor: w.nextCursor,
        hasMore: w.hasMore,
        total: w.total ?? null,
      })),
    pullCitizens: (token, query) =>
      request({ method: 'GET', path: '/citizens', token, query: pullQuery(query) }, citizenPageWireSchema, (w) => ({
        items: w.items.map(citizenFromWire),
        nextCursor: w.nextCursor,
        hasMore: w.hasMore,
        total: w.total ?? null,
      })),
    getDossier: (token, code) => request({ method: 'GET', path: `/dossiers/${enc(code)}`, token }, dossierWireSchema, dossierFromWire),
    getCitizen: (token, idNumber) => request({ method: 'GET', path: `/citizens/${enc(idNumber)}`, token }, citizenWireSchema, citizenFromWire),
    postAction: (token, input) => {
      const body: ActionRequestWire = {
        HanhDong: ACTION_TO_WIRE[input.kind],
        PhienBanDuKien: input.expectedVersion,
        GhiChu: input.note ?? null,
        LyDo: input.reason ?? null,
        DonViNhan: input.forwardTo ?? null,
        NgayHenTraMoi: input.newDueDate ? formatWireDate(input.newDueDate) : null,
        ...(input.collector
          ? { NguoiNhanKetQua: { LaChuHoSo: input.collector.self, HoTen: input.collector.name, SoDinhDanh: input.collector.idNumber } }
          : {}),
        ...(input.feeCollectedVnd !== undefined && input.feeCollectedVnd !== null ? { LePhiDaThu: input.feeCollectedVnd } : {}),
      };
      return request(
        { method: 'POST', path: `/dossiers/${enc(input.dossierCode)}/actions`, token, body, idempotencyKey: input.idempotencyKey },
        actionResultWireSchema,
        actionOutcome,
      );
    },
    intakeDossier: (token, input) => {
      const body: IntakeRequestWire = {
        MaTTHC: input.procedureCode,
        ...(input.competentUnitCode ? { DonViXuLy: input.competentUnitCode } : {}),
        ChuHoSo: input.applicant.name.normalize('NFC'),
        LoaiDoiTuong: APPLICANT_TYPE_TO_WIRE[input.applicant.kind],
        SoDinhDanh: input.applicant.idNumber,
        SoDienThoai: input.applicant.phone,
        Email: input.applicant.email,
        DiaChi: input.applicant.address.normalize('NFC'),
        TrichYeuHoSo: input.summary.normalize('NFC'),
        SoBoHoSo: input.sets,
        TaiKhoanDuocXacThucVoiVNeID: input.vneidVerified,
        GhiChu: input.note ?? null,
      };
      return request({ method: 'POST', path: '/dossiers', token, body, idempotencyKey: input.idempotencyKey }, actionResultWireSchema, actionOutcome);
    },
    getHandlingLog: (token, date, unit) =>
      request({ method: 'GET', path: '/handling-log', token, query: { date, unit } }, handlingLogWireSchema, handlingLogFromWire),
    postAuditReceipt: (token, head) =>
      request({ method: 'POST', path: '/audit/receipts', token, body: head }, auditReceiptWireSchema, receiptFromWire),
    listAuditReceipts: (token, deviceId) =>
      request({ method: 'GET', path: '/audit/receipts', token, query: { deviceId } }, auditReceiptListWireSchema, (w) => w.items.map(receiptFromWire)),
    close: () => transport.close(),
  };
}
