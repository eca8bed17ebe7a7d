/**
 * Every operation of the portal API, once. The OpenAPI document is built from this list,
 * the simulator registers exactly these routes, and the client has one method per
 * operationId except `createCitizenAccount` (Dispatch 3701/VPCP-KSTT: always 410).
 */
export type OperationId =
  | 'getHealth'
  | 'login'
  | 'pullDossiers'
  | 'getDossier'
  | 'intakeDossier'
  | 'postAction'
  | 'pullCitizens'
  | 'getCitizen'
  | 'createCitizenAccount'
  | 'getHandlingLog'
  | 'postAuditReceipt'
  | 'listAuditReceipts';

export interface Operation {
  readonly id: OperationId;
  readonly method: 'GET' | 'POST';
  /** OpenAPI path template, `{name}` parameters. */
  readonly path: string;
  readonly auth: boolean;
  readonly idempotent?: boolean;
  readonly summary: string;
}

export const OPERATIONS: readonly Operation[] = [
  { id: 'getHealth', method: 'GET', path: '/health', auth: false, summary: 'Liveness and server time' },
  { id: 'login', method: 'POST', path: '/auth/login', auth: false, summary: 'Officer sign-in; returns a Bearer token' },
  { id: 'pullDossiers', method: 'GET', path: '/dossiers', auth: true, summary: 'Dossiers changed since a time or cursor, paged' },
  { id: 'getDossier', method: 'GET', path: '/dossiers/{code}', auth: true, summary: 'One dossier by its code (MaHoSo)' },
  { id: 'intakeDossier', method: 'POST', path: '/dossiers', auth: true, idempotent: true, summary: 'Counter intake of a new dossier; the portal assigns MaHoSo' },
  { id: 'postAction', method: 'POST', path: '/dossiers/{code}/actions', auth: true, idempotent: true, summary: 'Record a counter action on a dossier' },
  { id: 'pullCitizens', method: 'GET', path: '/citizens', auth: true, summary: 'Citizens changed since a time or cursor, paged' },
  { id: 'getCitizen', method: 'GET', path: '/citizens/{idNumber}', auth: true, summary: 'One applicant by ID number, passport number or tax/enterprise code, with VNeID linkage data' },
  { id: 'createCitizenAccount', method: 'POST', path: '/citizens/accounts', auth: true, summary: 'Removed: officers may not create citizen accounts (Dispatch 3701/VPCP-KSTT); always 410' },
  { id: 'getHandlingLog', method: 'GET', path: '/handling-log', auth: true, summary: "The unit's handling log for one office day" },
  { id: 'postAuditReceipt', method: 'POST', path: '/audit/receipts', auth: true, summary: "Deposit the desk's audit chain head; returns a receipt signed by the portal (Ed25519)" },
  { id: 'listAuditReceipts', method: 'GET', path: '/audit/receipts', auth: true, summary: 'Every head the portal has receipted for one device (the desk checks its chain against them)' },
];

/** `/dossiers/{code}` → `/dossiers/:code` (the simulator's router syntax). */
export const toRouterPath = (path: string): string => path.replace(/\{(\w+)\}/g, ':$1');

export const ACCOUNT_CREATION_GONE = {
  dispatch: '3701/VPCP-KSTT',
  hotline: '1900.0368',
  vi: 'Chức năng tạo tài khoản thay công dân đã bị bãi bỏ theo Công văn 3701/VPCP-KSTT. Công dân tự đăng ký VNeID; hỗ trợ: 1900.0368.',
  en: 'Creating accounts on behalf of citizens was removed by Dispatch 3701/VPCP-KSTT. Citizens register with VNeID themselves; help line 1900.0368.',
} as const;
