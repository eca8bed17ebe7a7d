import { z } from 'zod';
import type { LocalizedText } from '../validation';

/** The VNeID linkage states the counter shows (precedence in linkage.ts), and their names. */
export const LINKAGE_STATES = [
  'linked_level2',
  'linked_level1',
  'legacy_unlinked',
  'no_account',
  'minor_or_ward',
  'locked',
  'foreigner',
  'organisation',
  'organisation_unlinked',
  'certificate_holder',
] as const;
export const linkageStateSchema = z.enum(LINKAGE_STATES);
export type LinkageState = z.infer<typeof linkageStateSchema>;

/** The one name of each state: citizen view, guidance slip, CLI, the guidance action's choices. */
export const LINKAGE_STATE_NAMES: Readonly<Record<LinkageState, LocalizedText>> = {
  linked_level2: { vi: 'Đã xác thực với VNeID – mức độ 2', en: 'Verified with VNeID – level 2' },
  linked_level1: { vi: 'Đã xác thực với VNeID – mức độ 1', en: 'Verified with VNeID – level 1' },
  legacy_unlinked: { vi: 'Tài khoản cũ chưa xác thực với VNeID', en: 'Old account not yet verified with VNeID' },
  no_account: { vi: 'Chưa có tài khoản Cổng Dịch vụ công', en: 'No public service portal account' },
  minor_or_ward: { vi: 'Người dưới 14 tuổi hoặc được giám hộ', en: 'Under 14 or under guardianship' },
  locked: { vi: 'Tài khoản VNeID đang bị khóa', en: 'VNeID account locked' },
  foreigner: { vi: 'Người nước ngoài', en: 'Foreign national' },
  organisation: { vi: 'Tổ chức đã có tài khoản định danh điện tử', en: 'Organisation with an organisation e-ID account' },
  organisation_unlinked: { vi: 'Tổ chức chưa có tài khoản định danh điện tử', en: 'Organisation without an organisation e-ID account' },
  certificate_holder: { vi: 'Người có giấy chứng nhận căn cước', en: 'Holder of an identity certificate (giấy chứng nhận căn cước)' },
};
