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

export const LINKAGE_STATE_NAMES: Readonly<Record<LinkageState, LocalizedText>> = {
  linked_level2: { vi: 'Đã định danh mức 2', en: 'Level 2 e-ID' },
  linked_level1: { vi: 'Định danh mức 1', en: 'Level 1 e-ID' },
  legacy_unlinked: { vi: 'Tài khoản cũ chưa liên kết VNeID', en: 'Old account not linked to VNeID' },
  no_account: { vi: 'Chưa có tài khoản', en: 'No account' },
  minor_or_ward: { vi: 'Người chưa thành niên / được giám hộ', en: 'Minor / under guardianship' },
  locked: { vi: 'Tài khoản bị khóa', en: 'Account locked' },
  foreigner: { vi: 'Người nước ngoài', en: 'Foreigner' },
  organisation: { vi: 'Tổ chức', en: 'Organisation' },
  organisation_unlinked: { vi: 'Tổ chức chưa có tài khoản định danh điện tử', en: 'Organisation without an e-ID account' },
  certificate_holder: { vi: 'Người có giấy chứng nhận căn cước', en: 'Holder of an identity certificate' },
};
