/**
 * Whether an applicant can file an online-only procedure (Directive 24/CT-TTg) right now,
 * and the steps to give them, decided from their linkage status: level 2 (or an
 * organisation e-ID account) files at once; anyone else first does what their guidance says.
 */
import type { LocalizedText } from '../validation';
import { formatDisplayDate } from './office-time';
import { HOTLINE, type LinkageStatus } from './linkage';

const t = (vi: string, en: string): LocalizedText => ({ vi, en });

const FILE_ONLINE: readonly LocalizedText[] = [
  t('Đăng nhập Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) bằng tài khoản VNeID.', 'Log in to the National Public Service Portal (dichvucong.gov.vn) with VNeID.'),
  t('Chọn thủ tục, khai thông tin, đính kèm giấy tờ và nộp hồ sơ.', 'Choose the procedure, fill in the form, attach the documents and submit.'),
  t('Ghi lại mã hồ sơ để theo dõi kết quả trên Cổng hoặc ứng dụng VNeID.', 'Note the dossier code to follow the result on the portal or in the VNeID app.'),
];

export interface OnlineFilingReadiness {
  readonly canFileNow: boolean;
  /** What to do, in order: first what the linkage guidance asks, then filing online. */
  readonly steps: readonly LocalizedText[];
  readonly showHotline: boolean;
  /** Vietnamese lines for the printed slip. */
  readonly slipLines: readonly string[];
}

export function onlineFilingReadiness(status: LinkageStatus, procedureName: string, today: string): OnlineFilingReadiness {
  const canFileNow = status.state === 'linked_level2' || status.state === 'organisation';
  const first = canFileNow ? [] : status.guidance.filter((line) => !line.vi.includes(HOTLINE));
  const steps = [...first, ...FILE_ONLINE];
  const showHotline = !canFileNow;
  const slipLines = [
    'HƯỚNG DẪN NỘP HỒ SƠ TRỰC TUYẾN',
    `Thủ tục: ${procedureName}`,
    canFileNow ? 'Người nộp nộp trực tuyến được ngay.' : 'Người nộp cần làm trước các bước sau rồi mới nộp trực tuyến.',
    ...steps.map((line, i) => `${i + 1}. ${line.vi}`),
    ...(showHotline ? [`Hỗ trợ VNeID: gọi tổng đài ${HOTLINE} (Bộ Công an).`] : []),
    `Ngày hướng dẫn: ${formatDisplayDate(today)}`,
  ];
  return { canFileNow, steps, showHotline, slipLines };
}
