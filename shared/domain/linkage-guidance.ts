/**
 * Wording the counter gives for each VNeID linkage state (ours, Vietnamese first,
 * English second). The state itself is decided in linkage.ts; this file only words it.
 */
import type { LocalizedText } from '../validation';
import type { Guardian, LinkageFacts, LockReason } from './linkage-facts';
import {
  CERTIFICATE_HOLDER,
  NO_ACCOUNT_CREATION,
  ORGANISATION_LINKED,
  ORGANISATION_UNLINKED,
  foreigner,
  minorOrWard,
  type Guidance,
} from './linkage-guidance-applicants';
import { LINKAGE_STATE_NAMES, type LinkageState } from './linkage-states';
import { formatDisplayDate } from './office-time';

export type { Guidance } from './linkage-guidance-applicants';
export type { LinkageState } from './linkage-states';

/** Ministry of Public Security hotline for VNeID registration and login problems. */
export const HOTLINE = '1900.0368';


const t = (vi: string, en: string): LocalizedText => ({ vi, en });

export const LOCK_REASON_LABELS: Record<LockReason, LocalizedText> = {
  holder_request: t('theo yêu cầu của chủ tài khoản', "at the holder's request"),
  terms_breach: t('vi phạm điều khoản sử dụng', 'breach of the terms of use'),
  card_revoked: t('thẻ căn cước bị thu hồi hoặc tạm giữ', 'ID card revoked or retained'),
  card_expired: t('thẻ căn cước hết hạn', 'ID card expired'),
  deceased: t('chủ tài khoản đã mất', 'holder deceased'),
  authority_request: t('theo yêu cầu của cơ quan có thẩm quyền', "at a competent authority's request"),
};

/** What the citizen does about each lock reason. */
const UNLOCK_GUIDANCE: Record<LockReason, LocalizedText[]> = {
  holder_request: [
    t(
      'Chủ tài khoản tự mở khóa trên ứng dụng VNeID, hoặc đề nghị mở khóa (mẫu TK03) tại bất kỳ Công an cấp xã nào, không phụ thuộc nơi cư trú.',
      'The holder unlocks the account in the VNeID app, or asks any commune police office to unlock it (form TK03), wherever they live.',
    ),
  ],
  terms_breach: [
    t(
      'Tài khoản chỉ được mở khóa khi lý do khóa không còn; khi đó mở khóa trên ứng dụng VNeID hoặc tại bất kỳ Công an cấp xã nào (mẫu TK03).',
      'The account is unlocked only once the reason no longer applies; then in the VNeID app or at any commune police office (form TK03).',
    ),
  ],
  card_revoked: [
    t(
      'Tài khoản được mở khóa khi thẻ căn cước được trả lại hoặc cấp lại; khi đó mở khóa trên ứng dụng VNeID hoặc tại bất kỳ Công an cấp xã nào (mẫu TK03).',
      'The account is unlocked when the ID card is returned or reissued; then in the VNeID app or at any commune police office (form TK03).',
    ),
  ],
  card_expired: [
    t('Công dân làm thủ tục cấp đổi thẻ căn cước trước.', 'The citizen renews the ID card first.'),
    t(
      'Khi đã có thẻ mới, mở khóa trên ứng dụng VNeID hoặc tại bất kỳ Công an cấp xã nào (mẫu TK03).',
      'With the new card, the account is unlocked in the VNeID app or at any commune police office (form TK03).',
    ),
  ],
  deceased: [
    t('Tài khoản của người đã mất không được mở khóa.', "A deceased person's account cannot be unlocked."),
    t(
      'Thân nhân làm thủ tục (ví dụ khai tử, thừa kế) bằng tài khoản định danh điện tử của chính mình.',
      'Relatives carry out procedures (e.g. death registration, inheritance) with their own e-ID accounts.',
    ),
  ],
  authority_request: [
    t(
      'Tài khoản được mở khóa khi cơ quan đã yêu cầu khóa đề nghị mở; công dân liên hệ cơ quan đó, hoặc bất kỳ Công an cấp xã nào (mẫu TK03).',
      'The account is unlocked when the authority that requested the lock asks for it; the citizen contacts that authority, or any commune police office (form TK03).',
    ),
  ],
};

/** The hotline line: the last guidance line of every problem state (and the only mention of the hotline). */
export const HOTLINE_LINE = t(
  `Gặp khó khăn khi đăng ký hoặc đăng nhập VNeID: gọi tổng đài ${HOTLINE} (Bộ Công an).`,
  `Problems registering or logging in with VNeID: call the hotline ${HOTLINE} (Ministry of Public Security).`,
);

const REGISTER_VNEID = t(
  'Công dân tự đăng ký tài khoản định danh điện tử trên ứng dụng VNeID, hoặc tại Công an cấp xã.',
  'The citizen registers an e-ID account themselves in the VNeID app, or at the commune police.',
);

export interface GuidanceContext {
  state: LinkageState;
  facts: LinkageFacts;
  lockReason: LockReason | null;
  guardian: Guardian | null;
  /** Age on the office date, null when unknown. */
  age: number | null;
  /** Date of the 14th birthday for a minor, null otherwise. */
  adultFrom: string | null;
  problem: boolean;
}

function locked(ctx: GuidanceContext): Guidance {
  const reason = ctx.lockReason ?? 'holder_request';
  const label = LOCK_REASON_LABELS[reason];
  const lines = [t(`Lý do khóa: ${label.vi}.`, `Reason: ${label.en}.`)];
  const since = ctx.facts.lock?.since;
  if (since) lines.push(t(`Bị khóa từ ngày ${formatDisplayDate(since)}.`, `Locked since ${formatDisplayDate(since)}.`));
  return { guidance: [...lines, ...UNLOCK_GUIDANCE[reason]] };
}

function noAccount({ facts }: GuidanceContext): Guidance {
  const lines = [NO_ACCOUNT_CREATION];
  if (facts.vneidLevel === null) {
    lines.push(
      REGISTER_VNEID,
      t(
        'Sau đó đăng nhập Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) bằng tài khoản VNeID.',
        'Then log in to the National Public Service Portal (dichvucong.gov.vn) with VNeID.',
      ),
    );
  } else {
    lines.push(
      t(
        `Công dân đã có tài khoản VNeID mức độ ${facts.vneidLevel}: chỉ cần đăng nhập Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) bằng VNeID.`,
        `The citizen already has a level-${facts.vneidLevel} VNeID account: they just log in to the National Public Service Portal (dichvucong.gov.vn) with VNeID.`,
      ),
    );
  }
  return { guidance: lines };
}

function legacy({ facts }: GuidanceContext): Guidance {
  const lines = [
    t(
      'Tên đăng nhập và mật khẩu cũ của Cổng Dịch vụ công chỉ dùng được đến hết ngày 30/06/2024 (Nghị định 69/2024/NĐ-CP, Điều 40).',
      'The old portal username and password worked only until 30/06/2024 (Decree 69/2024/ND-CP, Art. 40).',
    ),
    t(
      'Công dân đăng nhập Cổng Dịch vụ công bằng tài khoản định danh điện tử VNeID thay cho tài khoản cũ.',
      'The citizen logs in to the portal with their VNeID e-ID account instead of the old account.',
    ),
  ];
  if (facts.vneidLevel === null) lines.push(REGISTER_VNEID);
  return { guidance: lines };
}

type FixedState = 'linked_level2' | 'linked_level1' | 'organisation' | 'organisation_unlinked' | 'certificate_holder';
const FIXED: Record<FixedState, Guidance> = {
  linked_level2: {
    guidance: [
      t(
        'Tài khoản Cổng Dịch vụ công đã xác thực với tài khoản định danh điện tử mức độ 2.',
        'The portal account is verified with a level-2 e-ID account.',
      ),
      t(
        'Công dân dùng được tất cả dịch vụ công trực tuyến, đăng nhập bằng VNeID.',
        'The citizen can use all online public services, logging in with VNeID.',
      ),
    ],
  },
  linked_level1: {
    guidance: [
      t(
        'Tài khoản định danh điện tử mới ở mức độ 1: dùng được các dịch vụ không yêu cầu mức độ 2.',
        'The e-ID account is level 1: services that do not require level 2 can be used.',
      ),
      t(
        'Với dịch vụ yêu cầu mức độ 2, công dân mang thẻ căn cước đến Công an cấp xã để kích hoạt tài khoản mức độ 2.',
        'For services that need level 2, the citizen brings their ID card to the commune police to activate level 2.',
      ),
    ],
  },
  organisation: ORGANISATION_LINKED,
  organisation_unlinked: ORGANISATION_UNLINKED,
  certificate_holder: CERTIFICATE_HOLDER,
};

/** Bullet lines for a decided state, each once; problem states end with the hotline. */
export function linkageGuidance(ctx: GuidanceContext): Guidance {
  let base: Guidance;
  switch (ctx.state) {
    case 'minor_or_ward':
      base = minorOrWard(ctx);
      break;
    case 'foreigner':
      base = foreigner(ctx);
      break;
    case 'locked':
      base = locked(ctx);
      break;
    case 'no_account':
      base = noAccount(ctx);
      break;
    case 'legacy_unlinked':
      base = legacy(ctx);
      break;
    default:
      base = FIXED[ctx.state];
  }
  const lines = ctx.problem ? [...base.guidance, HOTLINE_LINE] : base.guidance;
  return { guidance: [...new Map(lines.map((line) => [line.vi, line])).values()] };
}

/** Vietnamese lines for the printed A5 guidance slip: the state's name, bullets, date given. */
export function slipLines(state: LinkageState, guidance: Guidance, today: string): string[] {
  return [
    LINKAGE_STATE_NAMES[state].vi,
    ...guidance.guidance.map((line) => `• ${line.vi}`),
    `Ngày hướng dẫn: ${formatDisplayDate(today)}`,
  ];
}
