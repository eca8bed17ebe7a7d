import { ACTION_KIND_NAMES, COUNTER_ACTION_KINDS, type CounterActionKind, type DossierStatus } from '../../shared/domain/dossier-status';
import { OFFICERS } from '../officers';

/**
 * The stand-in's site: its groupId and the action codes of its (single, simplified)
 * workflow. Real sites configure codes per procedure; here forwarding has two codes
 * (one per kind of procedure), so the desk's "first offered of a list" rule is exercised.
 */
export const SIM_GROUP_ID = '35417';

const WORKFLOW_CODES: Readonly<Partial<Record<CounterActionKind, readonly string[]>>> = {
  accept: ['1100'],
  refuse: ['1110'],
  request_supplement: ['1200'],
  supplement_received: ['1210'],
  forward: ['2100', '2101'],
  return_result: ['5100'],
  withdraw: ['4100'],
  note: ['9001'],
  vneid_guidance: ['9002'],
  assisted_online_filing: ['9003'],
};

const WORKFLOW_NAMES: Readonly<Partial<Record<CounterActionKind, string>>> = {
  accept: 'Tiếp nhận hồ sơ',
  refuse: 'Từ chối tiếp nhận',
  request_supplement: 'Yêu cầu bổ sung hồ sơ',
  supplement_received: 'Tiếp nhận hồ sơ bổ sung',
  forward: 'Chuyển phòng chuyên môn xử lý',
  return_result: 'Trả kết quả cho công dân',
  withdraw: 'Rút hồ sơ theo yêu cầu',
  note: 'Ghi chú của bộ phận một cửa',
  vneid_guidance: 'Hướng dẫn tài khoản VNeID',
  assisted_online_filing: 'Hỗ trợ nộp hồ sơ trực tuyến',
};

/**
 * Every declared kind has a step in the site's workflow: those above by their site's
 * code and name, a kind declared since by a code of its own (7000 + its place in the
 * declaration list) and its Vietnamese name, so a new kind needs no line here.
 */
export const SIM_ACTION_CODES: Readonly<Record<CounterActionKind, readonly string[]>> = Object.fromEntries(
  COUNTER_ACTION_KINDS.map((kind, i) => [kind, WORKFLOW_CODES[kind] ?? [String(7000 + i)]]),
) as Record<CounterActionKind, readonly string[]>;
export const SIM_ACTION_NAMES: Readonly<Record<CounterActionKind, string>> = Object.fromEntries(
  COUNTER_ACTION_KINDS.map((kind) => [kind, WORKFLOW_NAMES[kind] ?? ACTION_KIND_NAMES[kind].vi]),
) as Record<CounterActionKind, string>;

/** What the stand-in reports as dossierStatus for each national code (the desk maps it back by its statusMap). */
export const SIM_STATUS: Readonly<Record<DossierStatus, { code: string; text: string; step: string }>> = {
  1: { code: 'new', text: 'Mới đăng ký', step: '100' },
  2: { code: 'receiving', text: 'Đã tiếp nhận', step: '110' },
  3: { code: 'denied', text: 'Từ chối', step: '190' },
  4: { code: 'processing', text: 'Đang xử lý', step: '200' },
  5: { code: 'waiting', text: 'Chờ bổ sung', step: '120' },
  6: { code: 'paying', text: 'Chờ thanh toán', step: '300' },
  7: { code: 'cancelled', text: 'Đã rút', step: '410' },
  8: { code: 'unresolved', text: 'Dừng xử lý', step: '420' },
  9: { code: 'releasing', text: 'Chờ trả kết quả', step: '500' },
  10: { code: 'done', text: 'Đã trả kết quả', step: '510' },
};

/** The desk's portal.opencps settings that fit this site (training mode uses them). */
export const SIM_SITE_SETTINGS = {
  groupId: SIM_GROUP_ID,
  actionCodes: SIM_ACTION_CODES as Record<CounterActionKind, string[]>,
  auth: { scheme: 'basic' as const },
  roles: { supervisor: OFFICERS.filter((o) => o.role === 'GiamSat').map((o) => o.id), admin: OFFICERS.filter((o) => o.role === 'QuanTri').map((o) => o.id) },
  actionsPath: 'dossiers' as const,
};
