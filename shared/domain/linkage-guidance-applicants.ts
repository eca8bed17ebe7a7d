/**
 * Wording for the applicant kinds whose guidance depends on who they are rather than on
 * their portal account: minors and wards, foreigners, organisations and holders of a
 * giấy chứng nhận căn cước (Decree 69/2024 Art. 7 and Art. 40(4); DOMAIN.md).
 */
import type { LocalizedText } from '../validation';
import { LEVEL2_FROM_AGE, MINOR_AGE_LIMIT } from './age';
import type { Guardian, LinkageFacts } from './linkage-facts';
import { formatDisplayDate } from './office-time';

const t = (vi: string, en: string): LocalizedText => ({ vi, en });

/** The lines to give for a state; the state's name is LINKAGE_STATE_NAMES (one name per state). */
export interface Guidance {
  guidance: LocalizedText[];
}

export interface ApplicantContext {
  facts: LinkageFacts;
  guardian: Guardian | null;
  /** Age on the office date, null when unknown. */
  age: number | null;
  /** Date of the 14th birthday for a minor, null otherwise. */
  adultFrom: string | null;
}

export const NO_ACCOUNT_CREATION = t(
  'Cán bộ một cửa không thể tạo tài khoản thay công dân: chức năng này đã bị bãi bỏ theo Công văn 3701/VPCP-KSTT ngày 29/05/2024 của Văn phòng Chính phủ.',
  'Counter officials cannot create an account for the citizen: the function was abolished by Official Dispatch 3701/VPCP-KSTT of 29/05/2024 (Office of the Government).',
);

function guardianLines(guardian: Guardian | null): LocalizedText[] {
  if (!guardian) {
    return [t('Chưa có thông tin cha, mẹ hoặc người giám hộ trong dữ liệu.', 'No parent or guardian on record.')];
  }
  const relation = guardian.relation ? ` (${guardian.relation})` : '';
  return [t(`Cha, mẹ hoặc người giám hộ: ${guardian.name}${relation}.`, `Parent or guardian: ${guardian.name}${relation}.`)];
}

/** What a child under 14 may hold: level 1 under 6, level 1 or 2 from 6, only with a căn cước card. */
function childAccountLines({ facts, age }: ApplicantContext): LocalizedText[] {
  if (facts.vneidLevel !== null) {
    return [
      t(
        `Trẻ đã có tài khoản định danh điện tử riêng mức độ ${facts.vneidLevel}, do cha, mẹ hoặc người giám hộ đăng ký bằng tài khoản mức độ 2 của mình; dùng tài khoản này khi làm thủ tục cho trẻ.`,
        `The child already has an own level-${facts.vneidLevel} e-ID account, registered by the parent or guardian with their level-2 account; use it for the child's procedures.`,
      ),
    ];
  }
  if (facts.hasIdentityCard !== true) {
    return [
      t(
        'Trẻ chưa có thẻ căn cước: cha, mẹ hoặc người giám hộ làm thủ tục cho trẻ bằng tài khoản định danh điện tử của chính mình.',
        'The child has no căn cước card: the parent or guardian acts for the child with their own e-ID account.',
      ),
      t(
        'Khi trẻ có thẻ căn cước, cha, mẹ hoặc người giám hộ có thể đăng ký tài khoản định danh điện tử riêng cho trẻ.',
        'Once the child has a căn cước card, the parent or guardian may register an own e-ID account for the child.',
      ),
    ];
  }
  const level2 = age === null || age >= LEVEL2_FROM_AGE;
  return [
    level2
      ? t(
          'Trẻ từ đủ 6 tuổi có thẻ căn cước được cấp tài khoản định danh điện tử riêng mức độ 1 hoặc mức độ 2 (mức độ 2 đăng ký tại Công an cùng cha, mẹ hoặc người giám hộ).',
          'A child aged 6 or over with a căn cước card may hold an own level-1 or level-2 e-ID account (level 2 is enrolled at the police together with the parent or guardian).',
        )
      : t(
          'Trẻ dưới 6 tuổi có thẻ căn cước được cấp tài khoản định danh điện tử riêng mức độ 1.',
          'A child under 6 with a căn cước card may hold an own level-1 e-ID account.',
        ),
    t(
      'Cha, mẹ hoặc người giám hộ đăng ký tài khoản cho trẻ bằng tài khoản định danh điện tử mức độ 2 của chính mình trên ứng dụng VNeID.',
      "The parent or guardian registers the child's account with their own level-2 e-ID account in the VNeID app.",
    ),
  ];
}

export function minorOrWard(ctx: ApplicantContext): Guidance {
  const minor = ctx.age !== null && ctx.age < MINOR_AGE_LIMIT;
  const lines = minor
    ? childAccountLines(ctx)
    : [
        t(
          'Người được giám hộ làm thủ tục thông qua tài khoản định danh điện tử của người giám hộ.',
          "A person under guardianship acts through the guardian's e-ID account.",
        ),
        t(
          'Người giám hộ dùng tài khoản định danh điện tử mức độ 2 của chính mình trên ứng dụng VNeID.',
          'The guardian uses their own level-2 e-ID account in the VNeID app.',
        ),
      ];
  lines.push(...guardianLines(ctx.guardian));
  if (minor && !ctx.facts.underGuardianship && ctx.adultFrom) {
    const date = formatDisplayDate(ctx.adultFrom);
    lines.push(
      t(
        `Từ ngày ${date} (đủ 14 tuổi), người này tự đăng ký và dùng tài khoản định danh điện tử của mình.`,
        `From ${date} (14th birthday) this person registers and uses their own e-ID account.`,
      ),
    );
  }
  if (minor) lines.unshift(t(`Người dưới 14 tuổi (${ctx.age} tuổi).`, `Under 14 (aged ${ctx.age}).`));
  return { guidance: lines };
}

const CARD_NAMES = {
  permanent: t('thẻ thường trú', 'permanent residence card'),
  temporary: t('thẻ tạm trú', 'temporary residence card'),
} as const;

export function foreigner({ facts, age }: ApplicantContext): Guidance {
  const card = facts.residenceCard;
  if (card === null) {
    return {
      guidance: [
        t(
          'Người nước ngoài chưa có thẻ thường trú hoặc thẻ tạm trú thì chưa được cấp tài khoản định danh điện tử.',
          'A foreigner without a permanent or temporary residence card cannot get an e-ID account.',
        ),
        t(
          'Làm thủ tục theo cách thủ tục cho phép (nộp trực tiếp bằng hộ chiếu, hoặc qua người đại diện).',
          'File as the procedure allows (in person with the passport, or through a representative).',
        ),
      ],
    };
  }
  const name = CARD_NAMES[card];
  const young = age !== null && age < LEVEL2_FROM_AGE;
  const lines: LocalizedText[] = [
    young
      ? t(
          `Người nước ngoài dưới 6 tuổi có ${name.vi} được cấp tài khoản định danh điện tử mức độ 1, do cha, mẹ hoặc người giám hộ đăng ký.`,
          `A foreigner under 6 with a ${name.en} may get a level-1 e-ID account, registered by the parent or guardian.`,
        )
      : t(
          `Người nước ngoài từ đủ 6 tuổi có ${name.vi} được cấp tài khoản định danh điện tử mức độ 1 và mức độ 2.`,
          `A foreigner aged 6 or over with a ${name.en} may get a level-1 and level-2 e-ID account.`,
        ),
  ];
  if (facts.vneidLevel === 2) {
    lines.push(t('Đã có tài khoản mức độ 2: đăng nhập Cổng Dịch vụ công bằng VNeID.', 'Already has level 2: log in to the portal with VNeID.'));
  } else {
    lines.push(
      t(
        facts.vneidLevel === 1
          ? 'Đã có tài khoản mức độ 1; để lên mức độ 2, đến Phòng Quản lý xuất nhập cảnh Công an tỉnh (mẫu TK01).'
          : 'Đăng ký tại Phòng Quản lý xuất nhập cảnh Công an tỉnh hoặc Cục Quản lý xuất nhập cảnh (mẫu TK01).',
        facts.vneidLevel === 1
          ? 'Has level 1; for level 2, go to the provincial police immigration office (form TK01).'
          : 'Register at the provincial police immigration office or the Immigration Department (form TK01).',
      ),
    );
  }
  return { guidance: lines };
}

export const ORGANISATION_LINKED: Guidance = {
  guidance: [
    t(
      'Cơ quan, tổ chức đăng nhập Cổng Dịch vụ công bằng tài khoản định danh điện tử của tổ chức (VNeID).',
      "The agency or organisation logs in to the portal with the organisation's e-ID account (VNeID).",
    ),
  ],
};

export const ORGANISATION_UNLINKED: Guidance = {
  guidance: [
    t(
      'Từ ngày 01/07/2025, tài khoản Cổng Dịch vụ công cấp cho cơ quan, tổ chức không còn sử dụng được (Nghị định 69/2024/NĐ-CP, Điều 40).',
      'Since 01/07/2025 the portal accounts created for agencies and organisations no longer work (Decree 69/2024/ND-CP, Art. 40).',
    ),
    t(
      'Người đại diện theo pháp luật đăng ký tài khoản định danh điện tử của tổ chức trên ứng dụng VNeID bằng tài khoản mức độ 2 của chính mình, hoặc nộp mẫu TK02 tại cơ quan Công an; không mất phí.',
      "The legal representative registers the organisation's e-ID account in the VNeID app with their own level-2 account, or files form TK02 at the police; free of charge.",
    ),
    NO_ACCOUNT_CREATION,
  ],
};

export const CERTIFICATE_HOLDER: Guidance = {
  guidance: [
    t(
      'Người gốc Việt Nam chưa xác định được quốc tịch: làm thủ tục bằng giấy chứng nhận căn cước và số định danh cá nhân ghi trên giấy.',
      'A person of Vietnamese origin with undetermined nationality: procedures use the identity certificate and the personal ID number on it.',
    ),
    t(
      'Giấy chứng nhận căn cước không phải thẻ căn cước; về tài khoản định danh điện tử, người này hỏi Công an cấp xã nơi cấp giấy.',
      'The certificate is not a căn cước card; for an e-ID account, the holder asks the commune police that issued the certificate.',
    ),
    NO_ACCOUNT_CREATION,
  ],
};
