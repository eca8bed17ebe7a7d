import { wireCodes, type ActionKind } from '../domain/action-kinds';
import type { DossierStatus } from '../domain/dossier-status';
import type { HistoryAction } from '../domain/dossier';
import type { AccountKind, LockReason } from '../domain/linkage-facts';
import type { z } from 'zod';
import type { accountKindWireSchema, lockReasonWireSchema, portalAccountWireSchema, residenceCardWireSchema } from './citizen-wire';
import type { actionWireCodeSchema, historyWireCodeSchema } from './dossier-wire';

/** One table per vocabulary, both directions, so wire and domain never drift apart. */
type ActionWire = z.infer<typeof actionWireCodeSchema>;
type HistoryWire = z.infer<typeof historyWireCodeSchema>;

const NATIONAL = wireCodes('national');
export const ACTION_TO_WIRE = NATIONAL.toWire satisfies Readonly<Record<ActionKind, ActionWire>>;

export const HISTORY_TO_WIRE = {
  ...ACTION_TO_WIRE,
  submitted_online: 'NopTrucTuyen',
  back_office: 'XuLyNghiepVu',
} as const satisfies Record<HistoryAction, HistoryWire>;

const invert = <K extends string, V extends string>(table: Record<K, V>): Record<V, K> =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [v, k])) as Record<V, K>;

export const ACTION_FROM_WIRE: Readonly<Record<ActionWire, ActionKind>> = NATIONAL.fromWire;
export const HISTORY_FROM_WIRE: Record<HistoryWire, HistoryAction> = invert(HISTORY_TO_WIRE);

export const ACCOUNT_KIND_TO_WIRE = {
  citizen: 'CongDan',
  foreigner: 'NguoiNuocNgoai',
  organisation: 'ToChuc',
  certificate_holder: 'NguoiCoGiayChungNhanCanCuoc',
} as const satisfies Record<AccountKind, z.infer<typeof accountKindWireSchema>>;
export const ACCOUNT_KIND_FROM_WIRE = invert(ACCOUNT_KIND_TO_WIRE);

export const LOCK_REASON_TO_WIRE = {
  holder_request: 'ChuTaiKhoanYeuCau',
  terms_breach: 'ViPhamDieuKhoan',
  card_revoked: 'TheBiThuHoi',
  card_expired: 'TheHetHan',
  deceased: 'ChuTaiKhoanDaMat',
  authority_request: 'CoQuanThamQuyenYeuCau',
} as const satisfies Record<LockReason, z.infer<typeof lockReasonWireSchema>>;
export const LOCK_REASON_FROM_WIRE = invert(LOCK_REASON_TO_WIRE);

export const PORTAL_ACCOUNT_TO_WIRE = {
  none: 'KhongCo',
  legacy: 'CuChuaXacThuc',
  vneid: 'DaXacThucVNeID',
} as const satisfies Record<'none' | 'legacy' | 'vneid', z.infer<typeof portalAccountWireSchema>>;
export const PORTAL_ACCOUNT_FROM_WIRE = invert(PORTAL_ACCOUNT_TO_WIRE);

export const RESIDENCE_CARD_TO_WIRE = { permanent: 'ThuongTru', temporary: 'TamTru' } as const satisfies Record<
  'permanent' | 'temporary',
  z.infer<typeof residenceCardWireSchema>
>;
export const RESIDENCE_CARD_FROM_WIRE = invert(RESIDENCE_CARD_TO_WIRE);

/** LoaiDoiTuong on the wire; a certificate holder is an individual (1), read back as a citizen. */
export const APPLICANT_TYPE_TO_WIRE = { citizen: 1, organisation: 2, foreigner: 3, certificate_holder: 1 } as const satisfies Record<AccountKind, 1 | 2 | 3>;
export const APPLICANT_TYPE_FROM_WIRE: Record<1 | 2 | 3, AccountKind> = { 1: 'citizen', 2: 'organisation', 3: 'foreigner' };

export const asStatus = (n: number): DossierStatus => n as DossierStatus;
