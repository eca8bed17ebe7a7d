import type { LocalizedText } from '../validation';

/**
 * Why a queued action is waiting or stopped, by the outbox's reason code, in the officer's
 * words. The portal's own text, when there is any, is kept beside it as a technical detail
 * (never the reason itself): "503 Service unavailable" means nothing at a counter.
 */
export interface QueueReasonParams {
  /** HTTP status the portal answered with. */
  readonly status?: number;
  /** Who must sign in again. */
  readonly officerId?: string;
}

const QUEUE_REASONS = {
  offline: () => ({
    vi: 'Chưa kết nối được Cổng. Thao tác được giữ trên máy và tự gửi khi có kết nối.',
    en: 'The portal cannot be reached. The action is kept on this PC and sent when the connection is back.',
  }),
  timeout: () => ({
    vi: 'Cổng không trả lời kịp. Thao tác sẽ được gửi lại (Cổng vẫn nhận đúng một lần).',
    en: 'The portal did not answer in time. The action will be sent again (the portal still applies it once).',
  }),
  server: (p: QueueReasonParams) => ({
    vi: `Cổng đang gặp sự cố${p.status ? ` (mã ${p.status})` : ''}. Thao tác sẽ tự gửi lại.`,
    en: `The portal is having trouble${p.status ? ` (code ${p.status})` : ''}. The action will be sent again automatically.`,
  }),
  rate_limited: () => ({
    vi: 'Cổng đang quá tải và yêu cầu chờ. Thao tác sẽ tự gửi lại vào thời điểm ghi bên dưới.',
    en: 'The portal is busy and asked the desk to wait. The action will be sent again at the time shown.',
  }),
  bad_response: () => ({
    vi: 'Câu trả lời của Cổng không đọc được. Thao tác sẽ được gửi lại; nếu kéo dài, báo bộ phận CNTT.',
    en: "The portal's answer could not be read. The action will be sent again; if this persists, tell IT.",
  }),
  unauthorized: () => ({
    vi: 'Cổng không chấp nhận phiên đăng nhập. Đăng nhập lại để gửi thao tác này.',
    en: 'The portal did not accept the sign-in. Sign in again to send this action.',
  }),
  needs_sign_in: (p: QueueReasonParams) => ({
    vi: `Cần cán bộ ${p.officerId ?? ''} đăng nhập lại để gửi thao tác này.`,
    en: `Officer ${p.officerId ?? ''} must sign in again to send this action.`,
  }),
  rejected: (p: QueueReasonParams) => ({
    vi: `Cổng từ chối thao tác${p.status ? ` (mã ${p.status})` : ''}. Xem chi tiết kỹ thuật, sửa rồi gửi lại hoặc rút lại.`,
    en: `The portal refused the action${p.status ? ` (code ${p.status})` : ''}. See the technical detail, then correct and resend it or withdraw it.`,
  }),
  not_found: () => ({ vi: 'Cổng không tìm thấy hồ sơ này.', en: 'The portal does not know this dossier.' }),
  conflict: () => ({ vi: 'Hồ sơ đã được thay đổi ở nơi khác.', en: 'The dossier was changed elsewhere.' }),
  internal: () => ({
    vi: 'Có lỗi trên máy khi gửi. Thao tác được giữ nguyên và sẽ gửi lại. Nếu lặp lại, hãy báo bộ phận CNTT (chi tiết ở nhật ký ứng dụng).',
    en: 'Something went wrong on this PC while sending. The action is kept and will be sent again. If it repeats, tell IT (details in the app log).',
  }),
} satisfies Record<string, (p: QueueReasonParams) => LocalizedText>;

export type QueueReasonCode = keyof typeof QUEUE_REASONS;

export const queueReason = (code: QueueReasonCode, params: QueueReasonParams = {}): LocalizedText => QUEUE_REASONS[code](params);

/**
 * A refusal the officer can fix by correcting what was sent: the portal found the request
 * itself invalid (400/422). Not a 410 (a function that no longer exists), an unknown dossier
 * or an action recorded for another portal: correcting those cannot make them succeed.
 */
export const isCorrectableRejection = (error: { readonly code: string; readonly params?: { readonly status?: number | undefined } | undefined } | null): boolean =>
  error?.code === 'rejected' && (error.params?.status === 400 || error.params?.status === 422);
