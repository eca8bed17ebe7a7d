import type { CounterActionKind, DossierStatus } from '../../shared/domain/dossier-status';

/**
 * The stand-in's site: its groupId and the action codes of its (single, simplified)
 * workflow. Real sites configure codes per procedure; here forwarding has two codes
 * (one per kind of procedure), so the desk's "first offered of a list" rule is exercised.
 */
export const SIM_GROUP_ID = '35417';

export const SIM_ACTION_CODES: Readonly<Record<CounterActionKind, readonly string[]>> = {
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

export const SIM_ACTION_NAMES: Readonly<Record<CounterActionKind, string>> = {
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
  actionsPath: 'dossiers' as const,
};
