import type { LocalizedText } from '../../../shared/validation';

/**
 * What the queue stores and shows when sending failed inside the app (a bug, a local
 * write): the exception's own text may name files, SQL or personal data, so it goes to
 * the log only.
 */
export const INTERNAL_SEND_FAILURE: LocalizedText = {
  vi: 'Lỗi trong ứng dụng khi gửi; thao tác vẫn được giữ và sẽ gửi lại. Nếu lặp lại, hãy báo bộ phận CNTT (chi tiết ở nhật ký ứng dụng).',
  en: 'An error inside the app while sending; the action is kept and will be sent again. If it repeats, tell IT (details in the app log).',
};
