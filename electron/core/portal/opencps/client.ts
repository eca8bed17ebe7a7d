import { z } from 'zod';
import type { CounterActionKind } from '../../../../shared/domain/action-kinds';
import type { Dossier } from '../../../../shared/domain/dossier';
import type { AppliedAction, CounterActionInput, IntakeInput, Page, PortalSession } from '../../../../shared/portal/results';
import type { LocalizedText } from '../../../../shared/validation';
import type { PortalError, PortalResult } from '../errors';
import type { ActionOutcome, PortalClient } from '../portal-client';
import { createTransport, type FetchLike } from '../transport';
import { keyInNote, markNote, opencpsActionWire, PAYLOAD_KEY } from './action-table';
import { parseOpencpsDate } from './dates';
import { notConfigured, notOffered } from './refusals';
import { createOpencpsMapper, dossierCodeOf } from './map';
import { decodePullCursor, encodePullCursor, type PullCursor } from './pull-cursor';
import { createOpencpsRequester, type OpencpsCall } from './request';
import { codesFor, roleOf, type OpencpsSettings } from '../../config/opencps-settings';
import {
  opencpsActionListSchema,
  opencpsActionSchema,
  opencpsDossierSchema,
  opencpsListSchema,
  opencpsNextActionListSchema,
  opencpsTokenSchema,
  type OpencpsAction,
  type OpencpsDossier,
} from './wire';

export interface OpencpsClientOptions {
  /** e.g. https://dichvucong.example.gov.vn/o/rest/v2 */
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly settings: OpencpsSettings;
  /** The unit the desk's officers belong to (machine config agencyCode). */
  readonly agencyCode: string;
  readonly caBundlePath?: string;
  readonly proxy?: string;
  readonly fetchImpl?: FetchLike;
}

const SESSION_MS = 12 * 60 * 60 * 1000;
/** An applicant's dossiers fetched on a cache miss: the newest ones, enough for the counter. */
const APPLICANT_DOSSIERS = 50;
const rawListSchema = opencpsListSchema(z.unknown());
const fail = <T>(error: PortalError): PortalResult<T> => ({ ok: false, error });
const surprise = (message: string): PortalError => ({ kind: 'bad_response', message, status: null });

/**
 * The OpenCPS REST v2 dialect behind the core's PortalClient. OpenCPS has no
 * Idempotency-Key: every attempt of an action first reads the dossier's action history
 * for the outbox key it carries, and an intake is looked up by its client referenceUid.
 */
export function createOpencpsPortalClient(options: OpencpsClientOptions): PortalClient {
  const { settings } = options;
  const transport = options.fetchImpl
    ? { fetch: options.fetchImpl, close: async () => {} }
    : createTransport({ ...(options.caBundlePath ? { caBundlePath: options.caBundlePath } : {}), ...(options.proxy ? { proxy: options.proxy } : {}) });
  const send = createOpencpsRequester({ base: options.baseUrl.replace(/\/+$/, ''), groupId: settings.groupId, timeoutMs: options.timeoutMs, fetch: transport.fetch });
  const mapper = createOpencpsMapper(settings);
  const enc = encodeURIComponent;
  const auth = (token: string): string => (settings.auth.scheme === 'basic' ? `Basic ${token}` : `Bearer ${token}`);
  const call = (token: string, c: Omit<OpencpsCall, 'authorization'>): OpencpsCall => ({ ...c, authorization: auth(token) });
  /** The account the action is recorded under (Basic: the screen name in the credentials). */
  const userOf = (token: string): string | undefined =>
    settings.auth.scheme === 'basic' ? Buffer.from(token, 'base64').toString('utf8').split(':')[0] : undefined;

  const toDossier = (d: OpencpsDossier, history?: readonly OpencpsAction[]): PortalResult<Dossier> => {
    const mapped = mapper.dossier(d, history);
    return mapped ? { ok: true, value: mapped } : fail(surprise(`dossier ${dossierCodeOf(d)}: status "${d.dossierStatus}" is not in portal.opencps.statusMap`));
  };

  /** By number first (what the desk shows), then as a referenceUid (an intake not yet numbered). */
  async function resolve(token: string, code: string): Promise<PortalResult<OpencpsDossier>> {
    const found = await send(call(token, { method: 'GET', path: '/dossiers', query: { dossierNo: code, start: 0, end: 5 } }), rawListSchema);
    if (!found.ok) return found;
    for (const raw of found.value.data ?? []) {
      const d = opencpsDossierSchema.safeParse(raw);
      if (d.success && d.data.dossierNo === code) return { ok: true, value: d.data };
    }
    return send(call(token, { method: 'GET', path: `/dossiers/${enc(code)}` }), opencpsDossierSchema);
  }
  const byId = (token: string, id: number) => send(call(token, { method: 'GET', path: `/dossiers/${id}` }), opencpsDossierSchema);
  const actionBase = (d: OpencpsDossier): string =>
    settings.actionsPath === 'dossier' ? `/dossier/${enc(d.referenceUid ?? String(d.dossierId))}` : `/dossiers/${d.dossierId}`;
  const historyOf = async (token: string, d: OpencpsDossier): Promise<PortalResult<OpencpsAction[]>> => {
    const h = await send(call(token, { method: 'GET', path: `${actionBase(d)}/actions`, query: { start: 0, end: 1000 } }), opencpsActionListSchema);
    return h.ok ? { ok: true, value: h.value.data ?? [] } : h;
  };
  const carries = (a: OpencpsAction, key: string): boolean => keyInNote(a.actionNote) === key || (a.payload ?? '').includes(key);

  /** The first configured code the dossier's workflow offers now (nextactions), or why none. */
  async function offerFor(token: string, d: OpencpsDossier, kind: CounterActionKind): Promise<PortalResult<{ code: string } | { refusal: LocalizedText }>> {
    const codes = codesFor(settings, kind);
    if (codes.length === 0) return { ok: true, value: { refusal: notConfigured() } };
    const next = await send(call(token, { method: 'GET', path: `${actionBase(d)}/nextactions` }), opencpsNextActionListSchema);
    if (!next.ok) return next;
    const offered = new Set((next.value.data ?? []).map((a) => a.actionCode));
    const code = codes.find((c) => offered.has(c));
    return { ok: true, value: code === undefined ? { refusal: notOffered(kind, d.stepName ?? d.stepCode) } : { code } };
  }

  function outcome(kind: AppliedAction['kind'], before: Dossier | null, after: Dossier, action: OpencpsAction | null, officerId: string, replayed: boolean): ActionOutcome {
    return {
      applied: {
        logSeq: action ? Math.max(1, action.dossierActionId) : 1,
        dossierCode: after.code,
        kind,
        fromStatus: before?.status ?? null,
        toStatus: after.status,
        version: after.version,
        officerId: action?.actionUser ?? officerId,
        at: parseOpencpsDate(action?.createDate) ?? after.updatedAt,
      },
      dossier: after,
      replayed,
    };
  }

  async function postAction(token: string, input: CounterActionInput): Promise<PortalResult<ActionOutcome>> {
    const found = await resolve(token, input.dossierCode);
    if (!found.ok) return found;
    const before = toDossier(found.value);
    if (!before.ok) return before;
    // Before any send: was an earlier attempt applied and its answer lost?
    const history = await historyOf(token, found.value);
    if (!history.ok) return history;
    const done = history.value.find((a) => carries(a, input.idempotencyKey));
    if (done) return { ok: true, value: outcome(input.kind, null, before.value, done, userOf(token) ?? '', true) };
    const offer = await offerFor(token, found.value, input.kind);
    if (!offer.ok) return offer;
    if ('refusal' in offer.value) {
      // Not configured: nothing the officer can do here; not offered: the dossier moved on to a step that does not take it.
      if (codesFor(settings, input.kind).length === 0) return fail({ kind: 'invalid', message: `no action code configured for ${input.kind}`, status: 0, reason: offer.value.refusal });
      return fail({ kind: 'conflict', message: `${input.kind} not offered at step ${found.value.stepCode ?? '?'}`, currentVersion: before.value.version, current: before.value, reason: offer.value.refusal });
    }
    const code = offer.value.code;
    const wire = opencpsActionWire(input);
    const posted = await send(
      call(token, {
        method: 'POST',
        path: `${actionBase(found.value)}/actions`,
        form: {
          actionCode: code,
          actionUser: userOf(token),
          actionNote: markNote(wire.note, input.idempotencyKey),
          payload: JSON.stringify({ ...wire.payload, [PAYLOAD_KEY]: input.idempotencyKey }),
          dueDate: wire.dueDate,
        },
      }),
      opencpsActionSchema,
    );
    if (!posted.ok) return posted;
    const after = await byId(token, found.value.dossierId);
    if (!after.ok) return after;
    const mapped = toDossier(after.value);
    return mapped.ok ? { ok: true, value: outcome(input.kind, before.value, mapped.value, posted.value, userOf(token) ?? '', false) } : mapped;
  }

  async function intakeDossier(token: string, input: IntakeInput): Promise<PortalResult<ActionOutcome>> {
    // The outbox key is the dossier's referenceUid: an intake whose answer was lost is found by it.
    const existing = await send(call(token, { method: 'GET', path: `/dossiers/${enc(input.idempotencyKey)}` }), opencpsDossierSchema);
    if (existing.ok) {
      const d = toDossier(existing.value);
      return d.ok ? { ok: true, value: outcome('intake', null, d.value, null, userOf(token) ?? '', true) } : d;
    }
    if (existing.error.kind !== 'not_found') return existing;
    const a = input.applicant;
    const created = await send(
      call(token, {
        method: 'POST',
        path: '/dossiers',
        form: {
          referenceUid: input.idempotencyKey,
          serviceCode: input.procedureCode,
          // govAgencyCode is the agency that decides: the unit picked at intake.
          govAgencyCode: input.competentUnitCode ?? options.agencyCode,
          applicantName: a.name.normalize('NFC'),
          applicantIdType: a.kind === 'organisation' ? 'business' : 'citizen',
          applicantIdNo: a.idNumber ?? undefined,
          address: a.address.normalize('NFC'),
          contactName: a.name.normalize('NFC'),
          contactTelNo: a.phone ?? undefined,
          contactEmail: a.email ?? undefined,
          briefNote: input.summary.normalize('NFC'),
          applicantNote: input.note ?? undefined,
          originality: '3',
          online: 'false',
        },
      }),
      opencpsDossierSchema,
    );
    if (!created.ok) return created;
    const d = toDossier(created.value);
    return d.ok ? { ok: true, value: outcome('intake', null, d.value, null, userOf(token) ?? '', false) } : d;
  }

  /** OpenCPS filters the list by applicantIdNo; a site that ignores the filter still yields only exact matches. */
  async function dossiersOfApplicant(token: string, applicantIdNo: string): Promise<PortalResult<Dossier[]>> {
    const found = await send(call(token, { method: 'GET', path: '/dossiers', query: { applicantIdNo, start: 0, end: APPLICANT_DOSSIERS, sort: 'modified', order: 'true' } }), rawListSchema);
    if (!found.ok) return found;
    const dossiers: Dossier[] = [];
    for (const raw of found.value.data ?? []) {
      const parsed = opencpsDossierSchema.safeParse(raw);
      const d = parsed.success && parsed.data.applicantIdNo?.trim() === applicantIdNo ? mapper.dossier(parsed.data) : null;
      if (d) dossiers.push(d);
    }
    return { ok: true, value: dossiers };
  }

  async function pullDossiers(token: string, query: { updatedSince?: string; cursor?: string; limit?: number } = {}): Promise<PortalResult<Page<Dossier>>> {
    const limit = query.limit ?? 500;
    const position: PullCursor = (query.cursor ? decodePullCursor(query.cursor) : null) ?? { s: 0, top: null, stop: query.updatedSince ?? null };
    const page = await send(
      call(token, { method: 'GET', path: '/dossiers', query: { start: position.s, end: position.s + limit, sort: 'modified', order: 'true' } }),
      rawListSchema,
    );
    if (!page.ok) return page;
    const items: Dossier[] = [];
    let reachedStop = false;
    let top = position.top;
    const rows = page.value.data ?? [];
    for (const raw of rows) {
      const parsed = opencpsDossierSchema.safeParse(raw);
      // One row this desk cannot read must not stop the import of all the others.
      if (!parsed.success) continue;
      const d = mapper.dossier(parsed.data);
      if (!d) continue;
      if (position.stop !== null && d.updatedAt < position.stop) {
        reachedStop = true;
        break;
      }
      if (top === null || d.updatedAt > top) top = d.updatedAt;
      items.push(d);
    }
    const end = position.s + rows.length;
    const hasMore = !reachedStop && rows.length >= limit && end < page.value.total;
    const nextCursor = encodePullCursor(hasMore ? { s: end, top, stop: position.stop } : { s: 0, top: null, stop: top ?? position.stop });
    return { ok: true, value: { items, nextCursor, hasMore, total: position.stop === null ? Math.max(0, page.value.total - position.s) : null } };
  }

  async function login(username: string, password: string): Promise<PortalResult<PortalSession>> {
    const expiresAt = new Date(Date.now() + SESSION_MS).toISOString();
    const officer = { id: username, name: username, role: roleOf(settings, username), unit: options.agencyCode };
    if (settings.auth.scheme === 'bearer') {
      const got = await send({ method: 'POST', path: settings.auth.loginPath, form: { username, password } }, opencpsTokenSchema);
      if (!got.ok) return got;
      const until = got.value.expiresIn ? new Date(Date.now() + got.value.expiresIn * 1000).toISOString() : expiresAt;
      return { ok: true, value: { token: got.value.token, expiresAt: until, officer } };
    }
    const token = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
    // OpenCPS has no session to open: one cheap authenticated read proves the credentials.
    const probe = await send(call(token, { method: 'GET', path: '/dossiers', query: { start: 0, end: 1 } }), rawListSchema);
    return probe.ok ? { ok: true, value: { token, expiresAt, officer } } : probe;
  }

  const guarded = <A extends unknown[], T>(fn: (...args: A) => Promise<PortalResult<T>>) => async (...args: A): Promise<PortalResult<T>> => {
    try {
      return await fn(...args);
    } catch (error) {
      // A surprise from a site we do not control is an unreadable answer, never a crash of the drain.
      return fail(surprise(error instanceof Error ? error.message : String(error)));
    }
  };
  const unsupported = <T>(what: string): Promise<PortalResult<T>> => Promise.resolve(fail({ kind: 'not_found', message: `OpenCPS has no ${what}` }));

  return {
    getHealth: guarded(async () => {
      // Any HTTP answer, even 401, means the site is reachable.
      const probe = await send({ method: 'GET', path: '/dossiers', query: { start: 0, end: 0 } }, z.unknown());
      if (!probe.ok && (probe.error.kind === 'offline' || probe.error.kind === 'timeout' || probe.error.kind === 'server')) return probe;
      return { ok: true, value: { time: new Date().toISOString(), version: 'OpenCPS REST v2', simulated: false } };
    }),
    login: guarded(login),
    pullDossiers: guarded(pullDossiers),
    // OpenCPS holds dossiers, not a citizen registry: the citizen stream is empty.
    pullCitizens: (_token, query) => Promise.resolve({ ok: true, value: { items: [], nextCursor: query?.cursor ?? '', hasMore: false, total: 0 } }),
    getDossier: guarded(async (token: string, code: string) => {
      const found = await resolve(token, code);
      if (!found.ok) return found;
      const history = await historyOf(token, found.value);
      return toDossier(found.value, history.ok ? history.value : undefined);
    }),
    getCitizen: () => unsupported('citizen registry'),
    dossiersOfApplicant: guarded(dossiersOfApplicant),
    refusalOf: guarded(async (token: string, code: string, kind: CounterActionKind) => {
      const found = await resolve(token, code);
      if (!found.ok) return found;
      const offer = await offerFor(token, found.value, kind);
      return offer.ok ? { ok: true, value: 'refusal' in offer.value ? offer.value.refusal : null } : offer;
    }),
    postAction: guarded(postAction),
    intakeDossier: guarded(intakeDossier),
    getHandlingLog: () => unsupported('handling-log endpoint'),
    postAuditReceipt: () => unsupported('audit receipt endpoint'),
    listAuditReceipts: () => unsupported('audit receipt endpoint'),
    close: () => transport.close(),
  };
}
