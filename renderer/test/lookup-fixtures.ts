import type { CitizenDetail, DossierDetail, DossierRow, SearchResult } from '../../shared/contract/lookup';
import type { RevealedCitizen } from '../../shared/contract/privacy';
import { ok } from '../../shared/contract';
import type { LinkageFacts } from '../../shared/domain/linkage-facts';
import type { LinkageState } from '../../shared/domain/linkage';
import type { FakeAnswers } from './fake-desk';
import { syncStatus } from './sync-fixtures';

/** Dossiers, citizens and linkage facts as the lookup calls answer them, for renderer tests. */
export const OFFICE_TODAY = '2026-06-15';
export const freshness = { refreshedAt: '2026-06-15T07:05:00.000Z', dossiers: 400, citizens: 200 };

export function row(code: string, overrides: Partial<DossierRow> = {}): DossierRow {
  return {
    code,
    applicantName: 'Nguyễn Văn An',
    applicantIdMasked: '••••••••1234',
    citizenRef: 7,
    procedureName: 'Cấp giấy phép xây dựng',
    fieldName: 'Xây dựng',
    applicantBirthYear: 1985,
    applicantCommune: 'Xã Yên Phong',
    applicantLinkage: 'legacy_unlinked',
    status: 4,
    receivedAt: '2026-06-01T02:00:00.000Z',
    dueAt: '2026-06-12T10:00:00.000Z',
    timeliness: { kind: 'overdue', days: 3 },
    pendingActions: 0,
    ...overrides,
  };
}

export function searchResult(overrides: Partial<SearchResult> = {}): SearchResult {
  return { recognised: 'name', message: null, citizen: null, exactDossier: null, dossiers: [], freshness, ...overrides };
}

export function dossierDetail(code: string): DossierDetail {
  return {
    projectedStatus: 4,
    pending: [],
    dossier: {
      code,
      version: 3,
      status: 4,
      procedure: { code: '1.001234', name: 'Cấp giấy phép xây dựng' },
      field: { code: 'XD', name: 'Xây dựng' },
      receivingCentre: { code: '000.00.12.H29', name: 'Trung tâm Phục vụ hành chính công phường Ba Đình' },
      competentUnit: { code: '000.00.23.H29', name: 'Sở Xây dựng thành phố Hà Nội' },
      // Masked as the core sends it (dossier.get never carries full values).
      applicant: { kind: 'citizen', name: 'Nguyễn Văn An', idNumber: '••••••••1234', phone: '•••••••678', email: 'an•••@example.vn', address: '12 Lê Lợi, Phường Bến Nghé' },
      summary: 'Xin cấp phép xây nhà ở riêng lẻ',
      sets: 2,
      feeVnd: 150000,
      submittedAt: '2026-06-01T01:00:00.000Z',
      receivedAt: '2026-06-01T02:00:00.000Z',
      dueAt: '2026-06-12T10:00:00.000Z',
      returnedAt: null,
      updatedAt: '2026-06-10T03:30:00.000Z',
      vneidVerified: true,
      history: [
        { status: 1, action: 'submitted_online', at: '2026-06-01T01:00:00.000Z', officerId: null, note: null },
        { status: 2, action: 'accept', at: '2026-06-01T02:00:00.000Z', officerId: 'canbo01', note: 'Đủ hồ sơ' },
        { status: 4, action: 'forward', at: '2026-06-02T07:15:00.000Z', officerId: 'canbo02', note: null },
      ],
    },
    applicantIdMasked: '••••••••1234',
    citizenRef: 7,
    applicantLinkage: 'linked_level2',
    timeliness: { kind: 'overdue', days: 3 },
    procedure: { workingDays: 10, feeVnd: 150000 },
    freshness,
  };
}

const person = (overrides: Partial<LinkageFacts>): LinkageFacts => ({
  accountKind: 'citizen',
  birthDate: '1990-05-01',
  underGuardianship: false,
  portalAccount: 'vneid',
  vneidLevel: 2,
  lock: null,
  guardian: null,
  organisationEid: null,
  residenceCard: null,
  hasIdentityCard: true,
  ...overrides,
});

/** Facts that produce each linkage state on OFFICE_TODAY. */
export const factsFor: Record<LinkageState, LinkageFacts> = {
  linked_level2: person({}),
  linked_level1: person({ vneidLevel: 1 }),
  legacy_unlinked: person({ portalAccount: 'legacy', vneidLevel: null }),
  no_account: person({ portalAccount: 'none', vneidLevel: null }),
  minor_or_ward: person({ birthDate: '2016-02-29', portalAccount: 'none', vneidLevel: null, guardian: { name: 'Trần Thị Mẹ', idNumber: '••••••••9876', relation: 'Mẹ' } }),
  locked: person({ lock: { reason: 'card_expired', since: '2026-01-10' } }),
  foreigner: person({ accountKind: 'foreigner', birthDate: '1985-03-03', residenceCard: 'temporary' }),
  organisation: person({ accountKind: 'organisation', birthDate: null, vneidLevel: null, organisationEid: true }),
  organisation_unlinked: person({ accountKind: 'organisation', birthDate: null, vneidLevel: null, organisationEid: false }),
  certificate_holder: person({ accountKind: 'certificate_holder', portalAccount: 'none', vneidLevel: null }),
};

export function citizenDetail(facts: LinkageFacts, ref = 7): CitizenDetail {
  const kind = facts.accountKind;
  return {
    ref,
    citizen: {
      kind,
      fullName: kind === 'organisation' ? 'Công ty TNHH Ánh Dương' : 'Nguyễn Văn An',
      birthDate: facts.birthDate,
      gender: kind === 'organisation' ? null : 'male',
      nationality: kind === 'foreigner' ? 'KR' : 'VN',
      address: '12 Lê Lợi, Phường Bến Nghé',
      email: null,
      version: 1,
      updatedAt: '2026-06-01T00:00:00.000Z',
      linkage: facts,
    },
    idNumberMasked: '••••••••1234',
    phoneMasked: '•••••••678',
    ageToday: facts.birthDate ? (facts.birthDate.startsWith('2016') ? 10 : 36) : null,
    officeToday: OFFICE_TODAY,
    dossiers: [row('H15.50.05.13-260601-0001')],
    freshness,
  };
}

/** A signed-in officer who is also a supervisor, and an online, idle sync, so the frame shows the screens. */
export const lookupFrame: FakeAnswers = {
  'auth.session': () => ok({
    session: { officerId: 'canbo01', displayName: 'Nguyễn Thị Hồng Nhung', roles: ['officer', 'supervisor'] },
    locked: false,
    verifiedBy: 'offline',
    lockAfterMinutes: 15,
  }),
  'sync.status': () => ok(syncStatus({ lastSyncAt: freshness.refreshedAt })),
};

export const revealed = (ref: number): RevealedCitizen => ({ ref, fullName: 'Nguyễn Văn An', idNumber: '079190001234', phone: '0912345678', email: 'an.nguyen@example.vn' });
