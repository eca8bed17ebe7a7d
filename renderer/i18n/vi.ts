import type { ErrorCode } from '../../shared/contract';
import { PRODUCT_NAME } from '../../shared/domain/product';
import type { Catalogue } from './catalogue';

/** Vietnamese, the default. en.ts must have exactly these keys (i18n.test.ts checks). */
const errorCodes: Record<ErrorCode, string> = {
  UNKNOWN_CALL: 'Ứng dụng gọi một chức năng không tồn tại.',
  FORBIDDEN_SENDER: 'Yêu cầu không đến từ cửa sổ của ứng dụng nên đã bị từ chối.',
  VALIDATION: 'Dữ liệu nhập chưa hợp lệ.',
  UNAUTHENTICATED: 'Vui lòng đăng nhập trước.',
  FORBIDDEN_ROLE: 'Vai trò của bạn không được phép thực hiện thao tác này.',
  OUTPUT_INVALID: 'Ứng dụng nhận được dữ liệu không hợp lệ nên không hiển thị.',
  NOT_FOUND: 'Không tìm thấy.',
  CONFLICT: 'Hồ sơ đã được người khác cập nhật trước.',
  REJECTED: 'Cổng dịch vụ công từ chối thao tác.',
  OFFLINE: 'Không kết nối được Cổng dịch vụ công.',
  STORAGE: 'Không ghi được dữ liệu trên máy này.',
  CONFIG_INVALID: 'Cấu hình máy chưa hợp lệ; vui lòng liên hệ bộ phận CNTT.',
  INTERNAL: 'Đã xảy ra lỗi; lỗi đã được ghi lại.',
  LOCKED: 'Phiên làm việc đang khóa; nhập mật khẩu để mở khóa.',
  THROTTLED: 'Nhập sai mật khẩu quá nhiều lần; vui lòng đợi một lúc rồi thử lại.',
};

export const vi = {
  app: {
    name: PRODUCT_NAME,
    tagline: 'Bộ phận Một cửa',
    loading: 'Đang khởi động…',
  },
  banner: {
    training: 'Chế độ tập huấn — dữ liệu mô phỏng, không phải hồ sơ thật',
  },
  nav: {
    label: 'Điều hướng chính',
    lookup: 'Tra cứu',
    intake: 'Tiếp nhận',
    queue: 'Hàng đợi',
    supervisor: 'Giám sát',
    settings: 'Cài đặt',
  },
  status: {
    region: 'Kết nối và đồng bộ',
  },
  lookup: {
    title: 'Tra cứu hồ sơ',
  },
  queue: {
    title: 'Hàng đợi gửi lên Cổng',
  },
  supervisor: {
    title: 'Giám sát',
  },
  settings: {
    title: 'Cài đặt',
    language: 'Ngôn ngữ giao diện',
    languageSaving: 'Đang lưu…',
    languageFailed: 'Chưa lưu được lựa chọn ngôn ngữ.',
  },
  language: {
    vi: 'Tiếng Việt',
    en: 'English',
  },
  about: {
    title: 'Thông tin ứng dụng',
    version: 'Phiên bản',
    mode: 'Chế độ',
    dataDir: 'Thư mục dữ liệu',
    portalUrl: 'Địa chỉ Cổng dịch vụ công',
    schemaVersion: 'Phiên bản cơ sở dữ liệu',
    timeZone: 'Múi giờ làm việc',
    loading: 'Đang tải thông tin…',
  },
  mode: {
    training: 'Tập huấn (dữ liệu mô phỏng)',
    production: 'Chính thức',
  },
  configError: {
    title: 'Cấu hình máy chưa hợp lệ',
    intro: 'Ứng dụng chưa thể hoạt động vì tệp cấu hình của máy có lỗi ở các mục sau:',
    key: 'Mục cấu hình',
    problem: 'Lỗi',
    file: 'Tệp cấu hình',
    contact: 'Vui lòng liên hệ bộ phận CNTT để sửa tệp cấu hình. Ứng dụng không thay đổi dữ liệu nào.',
    languageLabel: 'Ngôn ngữ',
  },
  errors: {
    title: 'Không thực hiện được',
    retry: 'Thử lại',
    code: 'Mã lỗi',
    codes: errorCodes,
  },
};

/** The shape every language must have: same keys, string leaves. */
export type Resources = Catalogue<typeof vi>;
