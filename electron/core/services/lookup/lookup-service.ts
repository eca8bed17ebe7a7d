import type { CitizenDetail, DossierDetail, Freshness, UnconfirmedAction, SearchFilters, SearchResult } from '../../../../shared/contract/lookup';
import { projectStatus } from '../actions/projection';
import { DeskFailure } from '../../../../shared/contract/errors';
import { ageOn } from '../../../../shared/domain/age';
import { parseApplicantId } from '../../../../shared/domain/applicant-id';
import { citizenSchema, type Citizen } from '../../../../shared/domain/citizen';
import { parseCachedDossier } from '../../db/cache/cached-dossier';
import { procedureByCode } from '../../../../shared/domain/procedures';
import { officeDate } from '../../../../shared/domain/office-time';
import { nameReorderings } from '../../../../shared/domain/name-reorderings';
import { applicantIdOf, recogniseQuery } from '../../../../shared/domain/query-recognise';
import { maskContacts, maskTail } from '../../../../shared/privacy';
import type { CitizenRow, CitizenStore } from '../../db/cache/citizen-store';
import { createChangeStamp } from '../../db/change-stamp';
import type { Db } from '../../db/connection';
import type { DossierListRow, DossierSearch } from '../../db/cache/dossier-search';
import type { DossierStore } from '../../db/cache/dossier-store';
import type { SyncStateStore } from '../../db/cache/sync-state';
import { applicantLinkageOf, maskId, timelinessOf, toDossierRow } from './rows';

export interface LookupDeps {
  readonly search: DossierSearch;
  readonly dossiers: DossierStore;
  readonly citizens: CitizenStore;
  readonly syncState: SyncStateStore;
  readonly now: () => Date;
  /** Whether this PC has any waiting action at all (most searches then skip the overlay). */
  readonly anyPending?: () => boolean;
  /** This PC's waiting actions per dossier code (the outbox overlays them). */
  readonly pendingByCode?: (codes: readonly string[]) => ReadonlyMap<string, number>;
  /** This PC's unconfirmed actions on one dossier, oldest first. */
  readonly pendingFor?: (code: string) => UnconfirmedAction[];
  /** With the database, freshness is counted once per change instead of on every search. */
  readonly db?: Db;
}

const NONE_PENDING: ReadonlyMap<string, number> = new Map();
const NOT_FOUND = (what: string) => new DeskFailure('NOT_FOUND', `${what} is not in the local cache.`);

/** Lookups answer from the local cache only: they never wait for the network. */
export function createLookupService(deps: LookupDeps) {
  const today = () => officeDate(deps.now());
  const countFreshness = (): Freshness => ({
    refreshedAt: deps.syncState.refreshedAt(),
    dossiers: deps.dossiers.count(),
    citizens: deps.citizens.count(),
  });
  // count(*) over a million rows costs milliseconds, far more than the lookup itself: the
  // counts, and whether any action waits at all, are asked again only when the database changed.
  const changeStamp = deps.db ? createChangeStamp(deps.db) : null;
  let memo: { stamp: string; freshness: Freshness; anyPending: boolean } | null = null;
  const snapshot = (): { freshness: Freshness; anyPending: boolean } => {
    const stamp = changeStamp?.() ?? null;
    if (stamp !== null && memo?.stamp === stamp) return memo;
    const fresh = { freshness: countFreshness(), anyPending: deps.anyPending?.() ?? true };
    if (stamp !== null) memo = { stamp, ...fresh };
    return fresh;
  };
  const freshness = (): Freshness => snapshot().freshness;
  const rowsOf = (list: DossierListRow[], anyPending = snapshot().anyPending) => {
    const pending = anyPending && list.length > 0 ? (deps.pendingByCode?.(list.map((r) => r.code)) ?? NONE_PENDING) : NONE_PENDING;
    const t = today();
    return list.map((r) => toDossierRow(r, t, pending.get(r.code) ?? 0));
  };
  const summary = (row: CitizenRow | undefined) => {
    if (!row) return null;
    const c = citizenSchema.parse(JSON.parse(row.body));
    return { ref: row.id, fullName: c.fullName, idNumberMasked: maskTail(c.idNumber, 4), birthDate: c.birthDate, kind: c.kind };
  };

  function byReorderings(tokens: readonly string[], filters: SearchFilters, t: string, limit: number): DossierListRow[] {
    const found = new Map<number, DossierListRow>();
    for (const text of nameReorderings(tokens)) {
      for (const row of deps.search.byNamePrefix(text, filters, t, limit - found.size)) found.set(row.id, row);
      if (found.size >= limit) break;
    }
    return [...found.values()];
  }
  const byApplicant = (idNumber: string, filters: SearchFilters, t: string, limit: number, anyPending: boolean) => ({
    citizen: summary(deps.citizens.byIdNumber(idNumber)),
    dossiers: rowsOf(deps.search.byApplicantId(idNumber, filters, t, limit), anyPending),
  });

  function search(text: string, filters: SearchFilters, limit: number): SearchResult {
    const query = recogniseQuery(text);
    const t = today();
    const snap = snapshot();
    const rows = (list: DossierListRow[]) => rowsOf(list, snap.anyPending);
    const base = { recognised: query.kind, message: null, citizen: null, exactDossier: null, dossiers: [], freshness: snap.freshness };
    switch (query.kind) {
      case 'empty': {
        const anyFilter = Object.values(filters).some((v) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0));
        return { ...base, dossiers: anyFilter ? rows(deps.search.browse(filters, t, limit)) : [] };
      }
      case 'dossierCode': {
        const found = deps.search.byCode(query.code);
        return { ...base, exactDossier: found[0]?.code ?? null, dossiers: rows(found) };
      }
      case 'idNumber':
      case 'chipQr':
      case 'passport':
      case 'taxCode': {
        const id = applicantIdOf(query);
        return id === null ? base : { ...base, ...byApplicant(id, filters, t, limit, snap.anyPending) };
      }
      case 'phone': {
        // A mobile number has a tax code's shape: an organisation is found by it when no person is.
        const byPhone = { citizen: summary(deps.citizens.byPhone(query.phone)), dossiers: rows(deps.search.byPhone(query.phone, filters, t, limit)) };
        const taxCode = applicantIdOf(query);
        const found = byPhone.citizen || byPhone.dossiers.length > 0 || taxCode === null ? byPhone : byApplicant(taxCode, filters, t, limit, snap.anyPending);
        return { ...base, ...found };
      }
      case 'name': {
        const first = deps.search.byNamePrefix(query.folded, filters, t, limit);
        // Surname-first input that matched is answered by the index range alone. The word
        // index (FTS over huge "nguyen"/"thi"/"van" lists) serves the other intents: a single
        // word (often a given name) or words in another order that the range did not match.
        const wordsNeeded = query.tokens.length === 1 || first.length === 0;
        if (first.length >= limit || !wordsNeeded) return { ...base, dossiers: rows(first) };
        // A whole name typed in another order (given name first) is found by the same ranges,
        // reordered, and answered by them alone: intersecting the word lists of "nguyen", "thi"…
        // cost tens of milliseconds. A part of a name in another order still goes to the word index.
        const reordered = first.length === 0 ? byReorderings(query.tokens, filters, t, limit) : [];
        if (reordered.length > 0) return { ...base, dossiers: rows(reordered) };
        const seen = new Set(first.map((r) => r.id));
        const more = deps.search.byNameWords(query.tokens, filters, t, limit).filter((r) => !seen.has(r.id));
        return { ...base, dossiers: rows([...first, ...more].slice(0, limit)) };
      }
      case 'chipQrInvalid':
      case 'unrecognised':
        return { ...base, message: query.reason };
      case 'oldIdNumber':
        return {
          ...base,
          message: {
            vi: 'Số CMND 9 số cũ không dùng để tra cứu. Hãy nhập số định danh cá nhân 12 số hoặc quét mã QR trên thẻ CCCD.',
            en: 'Old 9-digit ID numbers are not searchable. Enter the 12-digit personal ID number or scan the chip card QR code.',
          },
        };
    }
  }

  function dossier(code: string): DossierDetail {
    const row = deps.search.byCode(code.trim())[0];
    const body = row ? deps.dossiers.body(row.code) : undefined;
    if (!row || !body) throw NOT_FOUND('This dossier');
    const d = parseCachedDossier(body);
    const procedure = procedureByCode(d.procedure.code);
    const pending = deps.pendingFor?.(d.code) ?? [];
    return {
      dossier: { ...d, applicant: maskContacts(d.applicant) },
      projectedStatus: projectStatus(d, pending),
      pending,
      applicantIdMasked: maskId(d.applicant.idNumber),
      citizenRef: row.citizen_ref,
      applicantLinkage: applicantLinkageOf(row.linkage, today()),
      timeliness: timelinessOf(d.status, d.dueAt, d.returnedAt, today()),
      procedure: { workingDays: procedure?.workingDays ?? null, feeVnd: procedure?.feeVnd ?? null },
      freshness: freshness(),
    };
  }

  function citizen(ref: number): CitizenDetail {
    const row = deps.citizens.byRef(ref);
    if (!row) throw NOT_FOUND('This applicant');
    const c: Citizen = citizenSchema.parse(JSON.parse(row.body));
    deps.citizens.markUsed(ref, deps.now().toISOString());
    const t = today();
    const { idNumber, phone, ...rest } = c;
    const guardian = rest.linkage.guardian;
    return {
      ref,
      citizen: {
        ...rest,
        email: maskContacts({ email: rest.email }).email ?? null,
        linkage: { ...rest.linkage, guardian: guardian && maskContacts(guardian) },
      },
      idNumberMasked: maskTail(idNumber, 4),
      phoneMasked: phone ? maskTail(phone, 3) : null,
      ageToday: c.birthDate ? ageOn(c.birthDate, t) : null,
      officeToday: t,
      dossiers: rowsOf(deps.search.byApplicantId(idNumber, {}, t, 200)),
      freshness: freshness(),
    };
  }

  /** An applicant by any identifier the counter is given (ID, passport, tax code). */
  function findCitizen(identifier: string): CitizenDetail {
    const id = parseApplicantId(identifier);
    if (!id.ok) throw new DeskFailure('VALIDATION', id.reason.en, { message: id.reason });
    const ref = deps.citizens.refOf(id.value);
    if (ref === null) {
      throw new DeskFailure('NOT_FOUND', 'This applicant is not in the local cache.', {
        message: { vi: 'Không có người nộp này trong bộ nhớ đệm của máy.', en: 'This applicant is not in the local cache.' },
      });
    }
    return citizen(ref);
  }

  // One read transaction per search: every statement outside one starts its own (a WAL
  // snapshot and page-1 check, about 5 µs each), and the answer then comes from one snapshot.
  const inOneRead = <A extends unknown[], R>(f: (...args: A) => R): ((...args: A) => R) => (deps.db ? deps.db.transaction(f) : f);
  return { search: inOneRead(search), dossier: inOneRead(dossier), citizen, findCitizen, freshness };
}
export type LookupService = ReturnType<typeof createLookupService>;
