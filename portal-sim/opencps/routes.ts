import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { COUNTER_ACTION_KINDS, isStatusNeutral, nextStatus, type CounterActionKind, type DossierStatus } from '../../shared/domain/dossier-status';
import type { ActionResultWire } from '../../shared/portal/action-wire';
import { ACTION_TO_WIRE } from '../../shared/portal/codes';
import type { DossierWire } from '../../shared/portal/dossier-wire';
import { formatWireDate } from '../../shared/portal/wire-common';
import { officeDate } from '../../shared/domain/office-time';
import type { OperationId } from '../../shared/portal/operations';
import { OFFICERS, TRAINING_PASSWORD, type Officer } from '../officers';
import type { SimResponse } from '../problem';
import type { SimStore } from '../store/sim-store';
import { SIM_ACTION_CODES, SIM_ACTION_NAMES, SIM_GROUP_ID, SIM_STATUS } from './site';
import { opencpsNow, siteAction, toOpencpsDossier } from './to-opencps';

export const OPENCPS_PREFIX = '/o/rest/v2';

type Reply = FastifyReply;
const json = (reply: Reply, status: number, body: unknown): Reply => reply.code(status).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(body));
/** OpenCPS's exception model. */
const exception = (reply: Reply, status: number, message: string, description: string): Reply => json(reply, status, { code: status, message, description });
/** What OpenCPS answers for an unknown dossier or a missing actionCode: 405 and nothing else. */
const emptyMethodNotAllowed = (reply: Reply): Reply => reply.code(405).send('');

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** HTTP Basic with a training account (OpenCPS's own server-to-server scheme). */
function officerOf(request: FastifyRequest): Officer | null {
  const m = /^Basic ([A-Za-z0-9+/=]+)$/.exec(request.headers.authorization ?? '');
  if (!m?.[1]) return null;
  const [user = '', ...rest] = Buffer.from(m[1], 'base64').toString('utf8').split(':');
  const officer = OFFICERS.find((o) => o.id === user);
  return officer && same(rest.join(':'), TRAINING_PASSWORD) ? officer : null;
}

const listQuery = z.object({
  start: z.coerce.number().int().min(0).default(0),
  end: z.coerce.number().int().min(0).optional(),
  sort: z.string().optional(),
  order: z.string().optional(),
  dossierNo: z.string().optional(),
  applicantIdNo: z.string().optional(),
});
const actionForm = z.object({
  actionCode: z.string().min(1),
  actionUser: z.string().optional(),
  actionNote: z.string().max(4000).optional(),
  payload: z.string().max(8000).optional(),
  /** A new appointment (epoch ms), as OpenCPS takes it with an action. */
  dueDate: z.string().regex(/^\d{1,15}$/).optional(),
});
const intakeForm = z.object({
  referenceUid: z.string().min(8).max(64),
  serviceCode: z.string().min(1),
  applicantName: z.string().min(1).max(200),
  applicantIdType: z.enum(['citizen', 'business']).default('citizen'),
  applicantIdNo: z.string().max(20).optional(),
  address: z.string().max(500).default(''),
  contactTelNo: z.string().max(20).optional(),
  contactEmail: z.string().max(200).optional(),
  briefNote: z.string().max(2000).default(''),
  applicantNote: z.string().max(2000).optional(),
});

/** The site's workflow offers the second forwarding code for procedures of even-numbered fields. */
const forwardCode = (d: DossierWire): string => (SIM_ACTION_CODES.forward[(Number(d.MaLinhVuc.replace(/\D/g, '')) || 0) % 2] ?? '2100');

function offered(d: DossierWire): { kind: CounterActionKind; code: string }[] {
  return COUNTER_ACTION_KINDS.filter((k) => nextStatus(d.TrangThaiHoSo as DossierStatus, k).ok).map((kind) => ({
    kind,
    code: kind === 'forward' ? forwardCode(d) : (SIM_ACTION_CODES[kind][0] ?? ''),
  }));
}

/**
 * An OpenCPS REST v2 stand-in over the same store, ledger and fault injection as the
 * onestop API: no Idempotency-Key, form-encoded bodies, start/end windows, 405 with an
 * empty body for an unknown dossier. Built from the public interface, not from its code.
 */
export function registerOpencpsRoutes(app: FastifyInstance, store: SimStore): void {
  const { db } = store;
  db.exec(`CREATE TABLE IF NOT EXISTS opencps_refs (reference_uid TEXT NOT NULL, code TEXT NOT NULL) STRICT;
    CREATE INDEX IF NOT EXISTS opencps_refs_by_uid ON opencps_refs (reference_uid);
    CREATE INDEX IF NOT EXISTS opencps_refs_by_code ON opencps_refs (code);
    CREATE INDEX IF NOT EXISTS opencps_log_by_code ON handling_log (code);
    CREATE INDEX IF NOT EXISTS opencps_dossiers_by_applicant ON dossiers (json_extract(body, '$.SoDinhDanh'));`);
  const byRowid = db.prepare('SELECT rowid AS id, body FROM dossiers WHERE rowid = ?');
  const byCode = db.prepare('SELECT rowid AS id, body FROM dossiers WHERE code = ?');
  const refByUid = db.prepare('SELECT code FROM opencps_refs WHERE reference_uid = ? LIMIT 1').pluck();
  const refByCode = db.prepare('SELECT reference_uid FROM opencps_refs WHERE code = ? LIMIT 1').pluck();
  const addRef = db.prepare('INSERT INTO opencps_refs (reference_uid, code) VALUES (?, ?)');
  const logOf = db.prepare('SELECT seq, action, officer_id, at_ms, note FROM handling_log WHERE code = ? ORDER BY at_ms, seq');
  const count = db.prepare('SELECT count(*) FROM dossiers').pluck();
  const page = db.prepare('SELECT rowid AS id, body FROM dossiers ORDER BY updated_ms DESC, code DESC LIMIT ? OFFSET ?');
  const byApplicant = db.prepare("SELECT rowid AS id, body FROM dossiers WHERE json_extract(body, '$.SoDinhDanh') = ? ORDER BY updated_ms DESC, code DESC LIMIT ? OFFSET ?");

  type Row = { id: number; body: string };
  const referenceOf = (code: string): string => {
    const own = refByCode.get(code) as string | undefined;
    if (own) return own;
    const h = createHash('md5').update(`opencps-sim ${code}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
  };
  const view = (row: Row) => {
    const d = JSON.parse(row.body) as DossierWire;
    return { d, id: row.id, out: toOpencpsDossier(d, row.id, referenceOf(d.MaHoSo)) };
  };
  /** `{id}` is the numeric dossierId or the client's referenceUid. */
  const find = (id: string): Row | undefined => {
    if (/^\d+$/.test(id)) return byRowid.get(Number(id)) as Row | undefined;
    const code = refByUid.get(id) as string | undefined;
    return code ? (byCode.get(code) as Row | undefined) : undefined;
  };

  const history = (d: DossierWire, id: number) => {
    const desk = logOf.all(d.MaHoSo) as { seq: number; action: string; officer_id: string; at_ms: number; note: string | null }[];
    const fromDesk = new Set(desk.map((r) => `${r.action}|${r.officer_id}|${opencpsNow(r.at_ms, 1)}`));
    const generated = d.QuaTrinhXuLy.filter((h) => !fromDesk.has(`${h.HanhDong}|${h.MaCanBo ?? ''}|${h.ThoiGian}`)).map((h, i) => ({
      at: h.ThoiGian, seq: id * 100 + i, action: h.HanhDong, user: h.MaCanBo, note: h.GhiChu,
    }));
    const applied = desk.map((r) => ({ at: opencpsNow(r.at_ms, 1), seq: 1_000_000_000 + r.seq, action: r.action, user: r.officer_id, note: r.note }));
    return [...generated, ...applied]
      .sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq)
      .map((h, i) => {
        const act = siteAction(h.action);
        return { dossierActionId: h.seq, dossierId: id, actionCode: act.code, actionName: act.name, actionUser: h.user ?? '', actionNote: h.note ?? '', sequenceNo: String(i + 1), createDate: h.at.length === 14 ? `${h.at.slice(6, 8)}/${h.at.slice(4, 6)}/${h.at.slice(0, 4)} ${h.at.slice(8, 10)}:${h.at.slice(10, 12)}:${h.at.slice(12, 14)}` : h.at };
      });
  };

  /** The onestop store answers in our vocabulary; turn its answer into OpenCPS's. */
  const fromStore = (reply: Reply, r: SimResponse, ok: (body: ActionResultWire) => unknown): Reply => {
    if (r.status === 404) return emptyMethodNotAllowed(reply);
    if (!r.problem) return json(reply, 200, ok(JSON.parse(r.json.toString()) as ActionResultWire));
    const p = JSON.parse(r.json.toString()) as { title?: string; reason?: { vi: string } };
    return exception(reply, r.status === 422 ? 409 : r.status, p.title ?? 'error', p.reason?.vi ?? '');
  };

  const guard = (request: FastifyRequest, reply: Reply): Officer | null => {
    if (request.headers['groupid'] !== SIM_GROUP_ID) {
      void exception(reply, 403, 'Forbidden', 'groupId không đúng hoặc thiếu');
      return null;
    }
    const officer = officerOf(request);
    if (!officer) void reply.header('www-authenticate', 'Basic realm="OpenCPS"').code(401).send(JSON.stringify({ code: 401, message: 'Unauthorized', description: 'Sai tài khoản hoặc mật khẩu' }));
    return officer;
  };

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  const route = (method: 'GET' | 'POST', path: string, operationId: OperationId, handler: (request: FastifyRequest, reply: Reply, officer: Officer) => Reply) =>
    app.route({
      method,
      url: OPENCPS_PREFIX + path,
      config: { operationId },
      handler: (request, reply) => {
        const officer = guard(request, reply);
        return officer ? handler(request, reply, officer) : reply;
      },
    });
  const param = (request: FastifyRequest): string => (request.params as { id?: string }).id ?? '';

  route('GET', '/dossiers', 'pullDossiers', (request, reply) => {
    const q = listQuery.safeParse(request.query);
    if (!q.success) return exception(reply, 400, 'Bad Request', q.error.issues[0]?.message ?? '');
    const { start } = q.data;
    const end = q.data.end ?? start + 10;
    if (q.data.dossierNo !== undefined) {
      const row = byCode.get(q.data.dossierNo) as Row | undefined;
      return json(reply, 200, { total: row ? 1 : 0, data: row ? [view(row).out] : [] });
    }
    if (q.data.applicantIdNo !== undefined) {
      const all = byApplicant.all(q.data.applicantIdNo, -1, 0) as Row[];
      return json(reply, 200, { total: all.length, data: all.slice(start, end).map((r) => view(r).out) });
    }
    const rows = page.all(Math.max(0, end - start), start) as Row[];
    return json(reply, 200, { total: count.get() as number, data: rows.map((r) => view(r).out) });
  });
  route('GET', '/dossiers/:id', 'getDossier', (request, reply) => {
    const row = find(param(request));
    return row ? json(reply, 200, view(row).out) : emptyMethodNotAllowed(reply);
  });
  route('GET', '/dossiers/:id/actions', 'getDossier', (request, reply) => {
    const row = find(param(request));
    if (!row) return emptyMethodNotAllowed(reply);
    const v = view(row);
    const data = history(v.d, v.id);
    return json(reply, 200, { total: data.length, data });
  });
  route('GET', '/dossiers/:id/nextactions', 'getDossier', (request, reply) => {
    const row = find(param(request));
    if (!row) return emptyMethodNotAllowed(reply);
    const v = view(row);
    const step = SIM_STATUS[v.d.TrangThaiHoSo as DossierStatus].step;
    const data = offered(v.d).map((o, i) => ({
      processActionId: v.id * 10 + i, actionCode: o.code, actionName: SIM_ACTION_NAMES[o.kind], preStepCode: step,
      postStepCode: isStatusNeutral(o.kind) ? step : '', autoEvent: '', preCondition: '', allowAssignUser: 0,
    }));
    return json(reply, 200, { total: data.length, data });
  });
  route('POST', '/dossiers/:id/actions', 'postAction', (request, reply, officer) => {
    const row = find(param(request));
    if (!row) return emptyMethodNotAllowed(reply);
    const form = actionForm.safeParse(request.body ?? {});
    if (!form.success) return emptyMethodNotAllowed(reply);
    const v = view(row);
    const choice = offered(v.d).find((o) => o.code === form.data.actionCode);
    if (!choice) return exception(reply, 409, 'Conflict', `Thao tác ${form.data.actionCode} không được phép ở bước hiện tại`);
    let payload: Record<string, unknown>;
    try {
      payload = form.data.payload ? (JSON.parse(form.data.payload) as Record<string, unknown>) : {};
    } catch {
      return exception(reply, 400, 'Bad Request', 'payload không phải JSON');
    }
    const note = form.data.actionNote ?? null;
    // No idempotency at an OpenCPS site: every request is a fresh key; the ledger files it under
    // the outbox key the desk put in the payload, so tests can count what was applied.
    const ledgerKey = typeof payload['oneStopDeskKey'] === 'string' ? payload['oneStopDeskKey'] : `opencps-${randomUUID()}`;
    const donViNhan = typeof payload['donViNhan'] === 'string' && payload['donViNhan'] !== '' ? payload['donViNhan'] : null;
    const result = store.actions.applyAction(
      v.d.MaHoSo, `opencps-${randomUUID()}`, officer,
      {
        HanhDong: ACTION_TO_WIRE[choice.kind], PhienBanDuKien: v.d.PhienBan, GhiChu: note, LyDo: null, DonViNhan: donViNhan,
        NgayHenTraMoi: form.data.dueDate ? formatWireDate(officeDate(new Date(Number(form.data.dueDate)))) : null,
      },
      ledgerKey,
    );
    return fromStore(reply, result, (w) => ({
      dossierActionId: 1_000_000_000 + w.KetQua.SoThuTu, dossierId: v.id, actionCode: choice.code, actionName: SIM_ACTION_NAMES[choice.kind],
      actionUser: officer.id, actionNote: note ?? '', payload: form.data.payload ?? '', fromStepCode: SIM_STATUS[w.KetQua.TrangThaiTruoc as DossierStatus].step,
      stepCode: SIM_STATUS[w.KetQua.TrangThaiSau as DossierStatus].step, sequenceNo: '', createDate: opencpsNow(Date.now(), v.id),
    }));
  });
  route('POST', '/dossiers', 'intakeDossier', (request, reply, officer) => {
    const form = intakeForm.safeParse(request.body ?? {});
    if (!form.success) return exception(reply, 400, 'Bad Request', form.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const f = form.data;
    const result = store.actions.intake(
      `opencps-${randomUUID()}`, officer,
      {
        MaTTHC: f.serviceCode, ChuHoSo: f.applicantName, LoaiDoiTuong: f.applicantIdType === 'business' ? 2 : 1, SoDinhDanh: f.applicantIdNo || null,
        SoDienThoai: f.contactTelNo || null, Email: f.contactEmail || null, DiaChi: f.address, TrichYeuHoSo: f.briefNote, SoBoHoSo: 1,
        TaiKhoanDuocXacThucVoiVNeID: false, GhiChu: f.applicantNote ?? null,
      },
      f.referenceUid,
    );
    return fromStore(reply, result, (w) => {
      addRef.run(f.referenceUid, w.HoSo.MaHoSo);
      const row = byCode.get(w.HoSo.MaHoSo) as Row;
      return view(row).out;
    });
  });
}
